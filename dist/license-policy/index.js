import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8550:
/***/ ((module) => {


module.exports = function (arr, predicate, ctx) {
	if (typeof Array.prototype.findIndex === 'function') {
		return arr.findIndex(predicate, ctx);
	}

	if (typeof predicate !== 'function') {
		throw new TypeError('predicate must be a function');
	}

	var list = Object(arr);
	var len = list.length;

	if (len === 0) {
		return -1;
	}

	for (var i = 0; i < len; i++) {
		if (predicate.call(ctx, list[i], i, list)) {
			return i;
		}
	}

	return -1;
};


/***/ }),

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 7369:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var arrayFindIndex = __nccwpck_require__(8550)
var parse = __nccwpck_require__(4633)

var ranges = __nccwpck_require__(9344)

var notALicenseIdentifier = ' is not a simple license identifier'

var rangeComparison = function (comparison) {
  return function (first, second) {
    var firstAST = parse(first)
    if (!firstAST.hasOwnProperty('license')) {
      throw new Error('"' + first + '"' + notALicenseIdentifier)
    }
    var secondAST = parse(second)
    if (!secondAST.hasOwnProperty('license')) {
      throw new Error('"' + second + '"' + notALicenseIdentifier)
    }
    return ranges.some(function (range) {
      var firstLicense = firstAST.license
      var indexOfFirst = arrayFindIndex(range, function (element) {
        return (
          element === firstLicense ||
          (
            Array.isArray(element) &&
            element.indexOf(firstLicense) !== -1
          )
        )
      })
      if (indexOfFirst < 0) {
        return false
      }
      var secondLicense = secondAST.license
      var indexOfSecond = arrayFindIndex(range, function (element) {
        return (
          element === secondLicense ||
          (
            Array.isArray(element) &&
            element.indexOf(secondLicense) !== -1
          )
        )
      })
      if (indexOfSecond < 0) {
        return false
      }
      return comparison(indexOfFirst, indexOfSecond)
    })
  }
}

exports.gt = rangeComparison(function (first, second) {
  return first > second
})

exports.lt = rangeComparison(function (first, second) {
  return first < second
})

exports.eq = rangeComparison(function (first, second) {
  return first === second
})


/***/ }),

/***/ 4633:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var scan = __nccwpck_require__(692)
var parse = __nccwpck_require__(1502)

module.exports = function (source) {
  return parse(scan(source))
}


/***/ }),

/***/ 1502:
/***/ ((module) => {



// The ABNF grammar in the spec is totally ambiguous.
//
// This parser follows the operator precedence defined in the
// `Order of Precedence and Parentheses` section.

module.exports = function (tokens) {
  var index = 0

  function hasMore () {
    return index < tokens.length
  }

  function token () {
    return hasMore() ? tokens[index] : null
  }

  function next () {
    if (!hasMore()) {
      throw new Error()
    }
    index++
  }

  function parseOperator (operator) {
    var t = token()
    if (t && t.type === 'OPERATOR' && operator === t.string) {
      next()
      return t.string
    }
  }

  function parseWith () {
    if (parseOperator('WITH')) {
      var t = token()
      if (t && t.type === 'EXCEPTION') {
        next()
        return t.string
      }
      throw new Error('Expected exception after `WITH`')
    }
  }

  function parseLicenseRef () {
    // TODO: Actually, everything is concatenated into one string
    // for backward-compatibility but it could be better to return
    // a nice structure.
    var begin = index
    var string = ''
    var t = token()
    if (t.type === 'DOCUMENTREF') {
      next()
      string += 'DocumentRef-' + t.string + ':'
      if (!parseOperator(':')) {
        throw new Error('Expected `:` after `DocumentRef-...`')
      }
    }
    t = token()
    if (t.type === 'LICENSEREF') {
      next()
      string += 'LicenseRef-' + t.string
      return { license: string }
    }
    index = begin
  }

  function parseLicense () {
    var t = token()
    if (t && t.type === 'LICENSE') {
      next()
      var node = { license: t.string }
      if (parseOperator('+')) {
        node.plus = true
      }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
  }

  function parseParenthesizedExpression () {
    var left = parseOperator('(')
    if (!left) {
      return
    }

    var expr = parseExpression()

    if (!parseOperator(')')) {
      throw new Error('Expected `)`')
    }

    return expr
  }

  function parseAtom () {
    return (
      parseParenthesizedExpression() ||
      parseLicenseRef() ||
      parseLicense()
    )
  }

  function makeBinaryOpParser (operator, nextParser) {
    return function parseBinaryOp () {
      var left = nextParser()
      if (!left) {
        return
      }

      if (!parseOperator(operator)) {
        return left
      }

      var right = parseBinaryOp()
      if (!right) {
        throw new Error('Expected expression')
      }
      return {
        left: left,
        conjunction: operator.toLowerCase(),
        right: right
      }
    }
  }

  var parseAnd = makeBinaryOpParser('AND', parseAtom)
  var parseExpression = makeBinaryOpParser('OR', parseAnd)

  var node = parseExpression()
  if (!node || hasMore()) {
    throw new Error('Syntax error')
  }
  return node
}


/***/ }),

/***/ 692:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var licenses = []
  .concat(__nccwpck_require__(5204))
  .concat(__nccwpck_require__(3389))
var exceptions = __nccwpck_require__(3988)

module.exports = function (source) {
  var index = 0

  function hasMore () {
    return index < source.length
  }

  // `value` can be a regexp or a string.
  // If it is recognized, the matching source string is returned and
  // the index is incremented. Otherwise `undefined` is returned.
  function read (value) {
    if (value instanceof RegExp) {
      var chars = source.slice(index)
      var match = chars.match(value)
      if (match) {
        index += match[0].length
        return match[0]
      }
    } else {
      if (source.indexOf(value, index) === index) {
        index += value.length
        return value
      }
    }
  }

  function skipWhitespace () {
    read(/[ ]*/)
  }

  function operator () {
    var string
    var possibilities = ['WITH', 'AND', 'OR', '(', ')', ':', '+']
    for (var i = 0; i < possibilities.length; i++) {
      string = read(possibilities[i])
      if (string) {
        break
      }
    }

    if (string === '+' && index > 1 && source[index - 2] === ' ') {
      throw new Error('Space before `+`')
    }

    return string && {
      type: 'OPERATOR',
      string: string
    }
  }

  function idstring () {
    return read(/[A-Za-z0-9-.]+/)
  }

  function expectIdstring () {
    var string = idstring()
    if (!string) {
      throw new Error('Expected idstring at offset ' + index)
    }
    return string
  }

  function documentRef () {
    if (read('DocumentRef-')) {
      var string = expectIdstring()
      return { type: 'DOCUMENTREF', string: string }
    }
  }

  function licenseRef () {
    if (read('LicenseRef-')) {
      var string = expectIdstring()
      return { type: 'LICENSEREF', string: string }
    }
  }

  function identifier () {
    var begin = index
    var string = idstring()

    if (licenses.indexOf(string) !== -1) {
      return {
        type: 'LICENSE',
        string: string
      }
    } else if (exceptions.indexOf(string) !== -1) {
      return {
        type: 'EXCEPTION',
        string: string
      }
    }

    index = begin
  }

  // Tries to read the next token. Returns `undefined` if no token is
  // recognized.
  function parseToken () {
    // Ordering matters
    return (
      operator() ||
      documentRef() ||
      licenseRef() ||
      identifier()
    )
  }

  var tokens = []
  while (hasMore()) {
    skipWhitespace()
    if (!hasMore()) {
      break
    }

    var token = parseToken()
    if (!token) {
      throw new Error('Unexpected `' + source[index] +
                      '` at offset ' + index)
    }

    tokens.push(token)
  }
  return tokens
}


/***/ }),

/***/ 3326:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var scan = __nccwpck_require__(6849)
var parse = __nccwpck_require__(5501)

module.exports = function (source) {
  return parse(scan(source))
}


/***/ }),

/***/ 5501:
/***/ ((module) => {



// The ABNF grammar in the spec is totally ambiguous.
//
// This parser follows the operator precedence defined in the
// `Order of Precedence and Parentheses` section.

module.exports = function (tokens) {
  var index = 0

  function hasMore () {
    return index < tokens.length
  }

  function token () {
    return hasMore() ? tokens[index] : null
  }

  function next () {
    if (!hasMore()) {
      throw new Error()
    }
    index++
  }

  function parseOperator (operator) {
    var t = token()
    if (t && t.type === 'OPERATOR' && operator === t.string) {
      next()
      return t.string
    }
  }

  function parseWith () {
    if (parseOperator('WITH')) {
      var t = token()
      if (t && t.type === 'EXCEPTION') {
        next()
        return t.string
      }
      throw new Error('Expected exception after `WITH`')
    }
  }

  function parseLicenseRef () {
    // TODO: Actually, everything is concatenated into one string
    // for backward-compatibility but it could be better to return
    // a nice structure.
    var begin = index
    var string = ''
    var t = token()
    if (t.type === 'DOCUMENTREF') {
      next()
      string += 'DocumentRef-' + t.string + ':'
      if (!parseOperator(':')) {
        throw new Error('Expected `:` after `DocumentRef-...`')
      }
    }
    t = token()
    if (t === null) {
      throw new Error('Unexpected end of input')
    }
    if (t.type === 'LICENSEREF') {
      next()
      string += 'LicenseRef-' + t.string
      var node = { license: string }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
    index = begin
  }

  function parseLicense () {
    var t = token()
    if (t && t.type === 'LICENSE') {
      next()
      var node = { license: t.string }
      if (parseOperator('+')) {
        node.plus = true
      }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
  }

  function parseParenthesizedExpression () {
    var left = parseOperator('(')
    if (!left) {
      return
    }

    var expr = parseExpression()

    if (!parseOperator(')')) {
      throw new Error('Expected `)`')
    }

    return expr
  }

  function parseAtom () {
    return (
      parseParenthesizedExpression() ||
      parseLicenseRef() ||
      parseLicense()
    )
  }

  function makeBinaryOpParser (operator, nextParser) {
    return function parseBinaryOp () {
      var left = nextParser()
      if (!left) {
        return
      }

      if (!parseOperator(operator)) {
        return left
      }

      var right = parseBinaryOp()
      if (!right) {
        throw new Error('Expected expression')
      }
      return {
        left: left,
        conjunction: operator.toLowerCase(),
        right: right
      }
    }
  }

  var parseAnd = makeBinaryOpParser('AND', parseAtom)
  var parseExpression = makeBinaryOpParser('OR', parseAnd)

  var node = parseExpression()
  if (!node || hasMore()) {
    throw new Error('Syntax error')
  }
  return node
}


/***/ }),

/***/ 6849:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var licenses = []
  .concat(__nccwpck_require__(5204))
  .concat(__nccwpck_require__(3389))
var exceptions = __nccwpck_require__(3988)

module.exports = function (source) {
  var index = 0

  function hasMore () {
    return index < source.length
  }

  // `value` can be a regexp or a string.
  // If it is recognized, the matching source string is returned and
  // the index is incremented. Otherwise `undefined` is returned.
  function read (value) {
    if (value instanceof RegExp) {
      var chars = source.slice(index)
      var match = chars.match(value)
      if (match) {
        index += match[0].length
        return match[0]
      }
    } else {
      if (source.indexOf(value, index) === index) {
        index += value.length
        return value
      }
    }
  }

  function skipWhitespace () {
    read(/[ ]*/)
  }

  function operator () {
    var string
    var possibilities = [/^WITH/i, /^AND/i, /^OR/i, '(', ')', ':', '+']
    for (var i = 0; i < possibilities.length; i++) {
      string = read(possibilities[i])
      if (string) {
        break
      }
    }

    if (string === '+' && index > 1 && source[index - 2] === ' ') {
      throw new Error('Space before `+`')
    }

    return string && {
      type: 'OPERATOR',
      string: string.toUpperCase()
    }
  }

  function idstring () {
    return read(/[A-Za-z0-9-.]+/)
  }

  function expectIdstring () {
    var string = idstring()
    if (!string) {
      throw new Error('Expected idstring at offset ' + index)
    }
    return string
  }

  function documentRef () {
    if (read('DocumentRef-')) {
      var string = expectIdstring()
      return { type: 'DOCUMENTREF', string: string }
    }
  }

  function licenseRef () {
    if (read('LicenseRef-')) {
      var string = expectIdstring()
      return { type: 'LICENSEREF', string: string }
    }
  }

  function identifier () {
    var begin = index
    var string = idstring()

    if (licenses.indexOf(string) !== -1) {
      return {
        type: 'LICENSE',
        string: string
      }
    } else if (exceptions.indexOf(string) !== -1) {
      return {
        type: 'EXCEPTION',
        string: string
      }
    }

    index = begin
  }

  // Tries to read the next token. Returns `undefined` if no token is
  // recognized.
  function parseToken () {
    // Ordering matters
    return (
      operator() ||
      documentRef() ||
      licenseRef() ||
      identifier()
    )
  }

  var tokens = []
  while (hasMore()) {
    skipWhitespace()
    if (!hasMore()) {
      break
    }

    var token = parseToken()
    if (!token) {
      throw new Error('Unexpected `' + source[index] +
                      '` at offset ' + index)
    }

    tokens.push(token)
  }
  return tokens
}


/***/ }),

/***/ 5131:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var compare = __nccwpck_require__(7369)
var parse = __nccwpck_require__(1947)
var ranges = __nccwpck_require__(9344)

function rangesAreCompatible (first, second) {
  return (
    first.license === second.license ||
    ranges.some(function (range) {
      return (
        licenseInRange(first.license, range) &&
        licenseInRange(second.license, range)
      )
    })
  )
}

function licenseInRange (license, range) {
  return (
    range.indexOf(license) !== -1 ||
    range.some(function (element) {
      return (
        Array.isArray(element) &&
        element.indexOf(license) !== -1
      )
    })
  )
}

function identifierInRange (identifier, range) {
  return (
    identifier.license === range.license ||
    compare.gt(identifier.license, range.license) ||
    compare.eq(identifier.license, range.license)
  )
}

function licensesAreCompatible (first, second) {
  if (first.exception !== second.exception) {
    return false
  } else if (second.hasOwnProperty('license')) {
    if (second.hasOwnProperty('plus')) {
      if (first.hasOwnProperty('plus')) {
        // first+, second+
        return rangesAreCompatible(first, second)
      } else {
        // first, second+
        return identifierInRange(first, second)
      }
    } else {
      if (first.hasOwnProperty('plus')) {
        // first+, second
        return identifierInRange(second, first)
      } else {
        // first, second
        return first.license === second.license
      }
    }
  }
}

function replaceGPLOnlyOrLaterWithRanges (argument) {
  var license = argument.license
  if (license) {
    if (endsWith(license, '-or-later')) {
      argument.license = license.replace('-or-later', '')
      argument.plus = true
    } else if (endsWith(license, '-only')) {
      argument.license = license.replace('-only', '')
      delete argument.plus
    }
  } else if (argument.left && argument.right) {
    argument.left = replaceGPLOnlyOrLaterWithRanges(argument.left)
    argument.right = replaceGPLOnlyOrLaterWithRanges(argument.right)
  }
  return argument
}

function endsWith (string, substring) {
  return string.indexOf(substring) === string.length - substring.length
}

function licenseString (e) {
  if (e.hasOwnProperty('noassertion')) return 'NOASSERTION'
  if (e.license) {
    return (
      e.license +
      (e.plus ? '+' : '') +
      (e.exception ? ('WITH ' + e.exception) : '')
    )
  }
}

// Expand the given expression into an equivalent array where each member is an array of licenses AND'd
// together and the members are OR'd together. For example, `(MIT OR ISC) AND GPL-3.0` expands to
// `[[GPL-3.0 AND MIT], [ISC AND MIT]]`. Note that within each array of licenses, the entries are
// normalized (sorted) by license name.
function expand (expression) {
  return sort(expandInner(expression))
}

function expandInner (expression) {
  if (!expression.conjunction) return [{ [licenseString(expression)]: expression }]
  if (expression.conjunction === 'or') return expandInner(expression.left).concat(expandInner(expression.right))
  if (expression.conjunction === 'and') {
    var left = expandInner(expression.left)
    var right = expandInner(expression.right)
    return left.reduce(function (result, l) {
      right.forEach(function (r) { result.push(Object.assign({}, l, r)) })
      return result
    }, [])
  }
}

function sort (licenseList) {
  var sortedLicenseLists = licenseList
    .filter(function (e) { return Object.keys(e).length })
    .map(function (e) { return Object.keys(e).sort() })
  return sortedLicenseLists.map(function (list, i) {
    return list.map(function (license) { return licenseList[i][license] })
  })
}

function isANDCompatible (parsedExpression, parsedLicenses) {
  return parsedExpression.every(function (element) {
    return parsedLicenses.some(function (approvedLicense) {
      return licensesAreCompatible(element, approvedLicense)
    })
  })
}

function satisfies (spdxExpression, arrayOfLicenses) {
  var parsedExpression = expand(replaceGPLOnlyOrLaterWithRanges(parse(spdxExpression)))
  var parsedLicenses = arrayOfLicenses.map(function (l) { return replaceGPLOnlyOrLaterWithRanges(parse(l)) })
  for (const parsed of parsedLicenses) {
    if (parsed.hasOwnProperty('conjunction')) {
      throw new Error('Approved licenses cannot be AND or OR expressions.')
    }
  }
  return parsedExpression.some(function (o) { return isANDCompatible(o, parsedLicenses) })
}

module.exports = satisfies


/***/ }),

/***/ 1947:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var scan = __nccwpck_require__(3394)
var parse = __nccwpck_require__(5460)

module.exports = function (source) {
  return parse(scan(source))
}


/***/ }),

/***/ 5460:
/***/ ((module) => {



// The ABNF grammar in the spec is totally ambiguous.
//
// This parser follows the operator precedence defined in the
// `Order of Precedence and Parentheses` section.

module.exports = function (tokens) {
  var index = 0

  function hasMore () {
    return index < tokens.length
  }

  function token () {
    return hasMore() ? tokens[index] : null
  }

  function next () {
    if (!hasMore()) {
      throw new Error()
    }
    index++
  }

  function parseOperator (operator) {
    var t = token()
    if (t && t.type === 'OPERATOR' && operator === t.string) {
      next()
      return t.string
    }
  }

  function parseWith () {
    if (parseOperator('WITH')) {
      var t = token()
      if (t && t.type === 'EXCEPTION') {
        next()
        return t.string
      }
      throw new Error('Expected exception after `WITH`')
    }
  }

  function parseLicenseRef () {
    // TODO: Actually, everything is concatenated into one string
    // for backward-compatibility but it could be better to return
    // a nice structure.
    var begin = index
    var string = ''
    var t = token()
    if (t.type === 'DOCUMENTREF') {
      next()
      string += 'DocumentRef-' + t.string + ':'
      if (!parseOperator(':')) {
        throw new Error('Expected `:` after `DocumentRef-...`')
      }
    }
    t = token()
    if (t.type === 'LICENSEREF') {
      next()
      string += 'LicenseRef-' + t.string
      return { license: string }
    }
    index = begin
  }

  function parseLicense () {
    var t = token()
    if (t && t.type === 'LICENSE') {
      next()
      var node = { license: t.string }
      if (parseOperator('+')) {
        node.plus = true
      }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
  }

  function parseParenthesizedExpression () {
    var left = parseOperator('(')
    if (!left) {
      return
    }

    var expr = parseExpression()

    if (!parseOperator(')')) {
      throw new Error('Expected `)`')
    }

    return expr
  }

  function parseAtom () {
    return (
      parseParenthesizedExpression() ||
      parseLicenseRef() ||
      parseLicense()
    )
  }

  function makeBinaryOpParser (operator, nextParser) {
    return function parseBinaryOp () {
      var left = nextParser()
      if (!left) {
        return
      }

      if (!parseOperator(operator)) {
        return left
      }

      var right = parseBinaryOp()
      if (!right) {
        throw new Error('Expected expression')
      }
      return {
        left: left,
        conjunction: operator.toLowerCase(),
        right: right
      }
    }
  }

  var parseAnd = makeBinaryOpParser('AND', parseAtom)
  var parseExpression = makeBinaryOpParser('OR', parseAnd)

  var node = parseExpression()
  if (!node || hasMore()) {
    throw new Error('Syntax error')
  }
  return node
}


/***/ }),

/***/ 3394:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var licenses = []
  .concat(__nccwpck_require__(5204))
  .concat(__nccwpck_require__(3389))
var exceptions = __nccwpck_require__(3988)

module.exports = function (source) {
  var index = 0

  function hasMore () {
    return index < source.length
  }

  // `value` can be a regexp or a string.
  // If it is recognized, the matching source string is returned and
  // the index is incremented. Otherwise `undefined` is returned.
  function read (value) {
    if (value instanceof RegExp) {
      var chars = source.slice(index)
      var match = chars.match(value)
      if (match) {
        index += match[0].length
        return match[0]
      }
    } else {
      if (source.indexOf(value, index) === index) {
        index += value.length
        return value
      }
    }
  }

  function skipWhitespace () {
    read(/[ ]*/)
  }

  function operator () {
    var string
    var possibilities = ['WITH', 'AND', 'OR', '(', ')', ':', '+']
    for (var i = 0; i < possibilities.length; i++) {
      string = read(possibilities[i])
      if (string) {
        break
      }
    }

    if (string === '+' && index > 1 && source[index - 2] === ' ') {
      throw new Error('Space before `+`')
    }

    return string && {
      type: 'OPERATOR',
      string: string
    }
  }

  function idstring () {
    return read(/[A-Za-z0-9-.]+/)
  }

  function expectIdstring () {
    var string = idstring()
    if (!string) {
      throw new Error('Expected idstring at offset ' + index)
    }
    return string
  }

  function documentRef () {
    if (read('DocumentRef-')) {
      var string = expectIdstring()
      return { type: 'DOCUMENTREF', string: string }
    }
  }

  function licenseRef () {
    if (read('LicenseRef-')) {
      var string = expectIdstring()
      return { type: 'LICENSEREF', string: string }
    }
  }

  function identifier () {
    var begin = index
    var string = idstring()

    if (licenses.indexOf(string) !== -1) {
      return {
        type: 'LICENSE',
        string: string
      }
    } else if (exceptions.indexOf(string) !== -1) {
      return {
        type: 'EXCEPTION',
        string: string
      }
    }

    index = begin
  }

  // Tries to read the next token. Returns `undefined` if no token is
  // recognized.
  function parseToken () {
    // Ordering matters
    return (
      operator() ||
      documentRef() ||
      licenseRef() ||
      identifier()
    )
  }

  var tokens = []
  while (hasMore()) {
    skipWhitespace()
    if (!hasMore()) {
      break
    }

    var token = parseToken()
    if (!token) {
      throw new Error('Unexpected `' + source[index] +
                      '` at offset ' + index)
    }

    tokens.push(token)
  }
  return tokens
}


/***/ }),

/***/ 1314:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8744);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8744:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: execute, gate, parseInputs

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./packages/core/src/errors.ts
/**
 * Typed errors, in three kinds that the report keeps apart:
 * - user: the inputs or the project are wrong (ConfigurationError, ProjectError,
 *   a go command that fails on the project);
 * - environment: the machine is wrong (no go, an old go, a bad environment
 *   variable, a service that does not answer);
 * - internal: go-ci-gates is wrong. Any error that is neither, and InternalError.
 * `runGate` turns the first two into one clear failure line; an internal error
 * also prints its stack and asks for a bug report.
 */
/** Where a bug is reported; printed with every internal error. */
const BUG_REPORT_URL = 'https://github.com/go-ci-gates/go-ci-gates/issues/new';
/** Base for errors that are the user's to fix and need no stack trace. */
class UserFacingError extends Error {
    name = 'UserFacingError';
    kind = 'user';
}
/** The machine or a service the gate depends on is not as required. */
class EnvironmentError extends UserFacingError {
    name = 'EnvironmentError';
    kind = 'environment';
}
/** A condition the code holds impossible: a bug in go-ci-gates. */
class InternalError extends Error {
    name = 'InternalError';
    kind = 'internal';
}
function errorKind(err) {
    if (err instanceof UserFacingError || err instanceof InternalError)
        return err.kind;
    // A failed system call (ENOSPC, EACCES, EMFILE, a RUNNER_TEMP that is gone) is
    // the machine's; every other unexpected error is a bug.
    if (err instanceof Error && typeof err.syscall === 'string')
        return 'environment';
    return 'internal';
}
/** An environment variable the gate reads (not an input) has a value it cannot use. */
class EnvironmentVariableError extends EnvironmentError {
    variable;
    value;
    accepted;
    name = 'EnvironmentVariableError';
    constructor(variable, value, accepted) {
        super(`The environment variable ${variable} has an invalid value ${JSON.stringify(value.slice(0, 80))}: ${accepted}`);
        this.variable = variable;
        this.value = value;
        this.accepted = accepted;
    }
}
/** A bad action input: names the input, the value and what is accepted. */
class ConfigurationError extends UserFacingError {
    input;
    value;
    accepted;
    name = 'ConfigurationError';
    constructor(input, value, accepted) {
        super(`Input '${input}' has an invalid value ${JSON.stringify(value)}: ${accepted}`);
        this.input = input;
        this.value = value;
        this.accepted = accepted;
    }
}
/** A problem with the project being checked (no go.mod, unreadable file, ...). */
class ProjectError extends UserFacingError {
    name = 'ProjectError';
}
class GoNotFoundError extends EnvironmentError {
    searched;
    name = 'GoNotFoundError';
    constructor(searched) {
        super(`The go command was not found (${searched}). Install Go before this step, ` +
            `for example with actions/setup-go, or point the 'go-binary' input at the go executable.`);
        this.searched = searched;
    }
}
class GoTooOldError extends EnvironmentError {
    feature;
    required;
    actual;
    name = 'GoTooOldError';
    constructor(feature, required, actual) {
        super(`${feature} needs Go ${required} or newer, but the go command on PATH is ${actual}.`);
        this.feature = feature;
        this.required = required;
        this.actual = actual;
    }
}
/** A go invocation that exited non-zero where success was required. */
class GoCommandError extends UserFacingError {
    args;
    cwd;
    exitCode;
    stderr;
    signal;
    name = 'GoCommandError';
    constructor(args, cwd, exitCode, stderr, signal) {
        const how = signal ? `was killed by ${signal}` : `exited with code ${exitCode}`;
        const detail = importantStderr(stderr);
        super(`\`go ${args.join(' ')}\` ${how} (in ${cwd})${detail ? `:\n${detail}` : ''}`);
        this.args = args;
        this.cwd = cwd;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.signal = signal;
    }
}
/**
 * A program that was run as go answered with something go never prints
 * (`go-binary=/bin/true` prints nothing for `go env -json`): names the
 * command, what came back, and where the program came from.
 */
class GoOutputError extends EnvironmentError {
    goBinary;
    args;
    got;
    fromInput;
    name = 'GoOutputError';
    constructor(goBinary, args, got, 
    /** Whether the program came from the 'go-binary' input rather than PATH. */
    fromInput) {
        super(`\`${goBinary} ${args.join(' ')}\` printed ${got}, which the go command never does. ` +
            (fromInput
                ? `Point the 'go-binary' input at the go executable, or leave it empty to use the go on PATH.`
                : `The go on PATH does not behave like the go command: check the Go installation (for example actions/setup-go).`));
        this.goBinary = goBinary;
        this.args = args;
        this.got = got;
        this.fromInput = fromInput;
    }
}
/**
 * go rejected the command line itself (an unknown flag or subcommand): the gate
 * built a command this go does not have, which a version check should have
 * prevented. That is a bug in the gate, not in the project.
 */
class GoUsageError extends InternalError {
    args;
    stderr;
    name = 'GoUsageError';
    constructor(args, stderr) {
        super(`go-ci-gates ran \`go ${args.join(' ')}\`, which go rejects as malformed:\n${importantStderr(stderr, 5)}`);
        this.args = args;
        this.stderr = stderr;
    }
}
/** Whether go's stderr says its command line was malformed (go exits 2 with these). */
function isGoUsageFailure(exitCode, stderr) {
    return (exitCode === 2 && /^(flag provided but not defined: |go \S+(?: \S+)?: unknown command$|usage: go )/m.test(stderr) && !/^go: parsing \$GOFLAGS/m.test(stderr));
}
/**
 * The stderr lines that explain a failure: progress chatter such as
 * "go: downloading x v1" is dropped, and only the last lines are kept.
 */
function importantStderr(stderr, maxLines = 20) {
    const lines = stderr
        .split(/\r?\n/)
        .map(l => l.trimEnd())
        .filter(l => l !== '' && !/^go: (downloading|finding|extracting) /.test(l));
    const kept = lines.slice(-maxLines);
    const dropped = lines.length - kept.length;
    return (dropped > 0 ? [`... (${dropped} earlier lines)`, ...kept] : kept).join('\n');
}
function errorMessage(err) {
    return err instanceof Error ? err.message : String(err);
}

;// CONCATENATED MODULE: ./packages/core/src/util/paths.ts




/** Forward-slash relative path, `.` for the same directory. */
function toPosixRelative(from, to) {
    const rel = external_node_path_namespaceObject.relative(from, to);
    return rel === '' ? '.' : rel.split(external_node_path_namespaceObject.sep).join('/');
}
/** Whether `child` is `parent` or inside it (lexically). */
function isInside(parent, child) {
    const rel = external_node_path_namespaceObject.relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_namespaceObject.isAbsolute(rel));
}
/** Roots of the gates' outputs (reports, badges, patches, SBOMs, state) and of inputs the job itself may produce (profiles, binaries). */
const WORKSPACE_OR_RUNNER_TEMP = ['workspace', 'RUNNER_TEMP'];
/** Root of inputs that are checkout content (policy and lock files). */
const WORKSPACE_ONLY = ['workspace'];
function pathRoots(workspace, env) {
    return { workspace: external_node_path_namespaceObject.resolve(workspace), runnerTemp: external_node_path_namespaceObject.resolve(env.RUNNER_TEMP || external_node_os_namespaceObject.tmpdir()) };
}
/**
 * The one resolver of path inputs: resolves `value` (relative to the
 * workspace unless `base` says otherwise) and refuses, with one
 * ConfigurationError naming the input, a path that leaves its roots by `..`,
 * by an absolute path or through a symlink, a write that would pass through
 * or land on a symlink (dangling ones included), and a file where a directory
 * is expected or the other way round.
 */
function resolvePathInput(value, spec, roots) {
    const refuse = (why) => {
        throw new ConfigurationError(spec.input, value, why);
    };
    const abs = external_node_path_namespaceObject.resolve(spec.base ?? roots.workspace, value || '.');
    const rootDirs = spec.roots.map(r => ({ name: r, dir: r === 'workspace' ? roots.workspace : roots.runnerTemp }));
    // The most specific root wins (the workspace may lie inside the temp directory on a local run).
    const root = rootDirs.filter(r => isInside(r.dir, abs)).sort((a, b) => b.dir.length - a.dir.length)[0];
    const where = rootDirs.map(r => `${r.name} (${r.dir})`).join(' or ');
    if (!root)
        return refuse(`it must stay inside the ${where}`);
    const writing = spec.use === 'write-file' || spec.use === 'write-dir';
    const wantDir = spec.use === 'read-dir' || spec.use === 'write-dir';
    // Walk from the root down, one component at a time, without following links.
    const parts = external_node_path_namespaceObject.relative(root.dir, abs).split(external_node_path_namespaceObject.sep).filter(Boolean);
    let current = root.dir;
    let final = parts.length === 0 ? lstatOrUndefined(root.dir) : undefined;
    let linkSeen = false;
    for (const [i, part] of parts.entries()) {
        current = external_node_path_namespaceObject.join(current, part);
        const shown = toPosixRelative(root.dir, current);
        const st = lstatOrUndefined(current);
        if (!st)
            break;
        const last = i === parts.length - 1;
        if (st.isSymbolicLink()) {
            if (writing) {
                return refuse(last
                    ? `${shown} is a symlink; the gate never writes through a symlink (remove it or choose another path)`
                    : `the path passes through the symlink ${shown}; the gate never writes through a symlink`);
            }
            linkSeen = true;
            continue; // a read may follow it: checked against the root's real path below
        }
        if (last)
            final = st;
        else if (!st.isDirectory() && !linkSeen)
            return refuse(`${shown} is not a directory`);
    }
    if (linkSeen) {
        const realRoot = (0,external_node_fs_namespaceObject.realpathSync)(root.dir);
        const real = realpathOrUndefined(abs);
        // A missing target is judged by where it would be: links followed as far as they exist.
        const judged = real ?? realpathAllowingMissing(abs, 40);
        if (!isInside(realRoot, judged))
            return refuse(`it resolves outside the ${root.name} through a symlink (${root.name}: ${root.dir})`);
        if (!real)
            return refuse('it is (or passes through) a symlink whose target does not exist');
        final = lstatOrUndefined(real);
    }
    if (final) {
        if (wantDir && !final.isDirectory())
            return refuse('it is not a directory');
        if (!wantDir && final.isDirectory())
            return refuse('it is a directory; a file path is expected');
        if (!wantDir && !writing && !final.isFile())
            return refuse('it is not a regular file');
    }
    else if (spec.mustExist) {
        return refuse(`no such ${wantDir ? 'directory' : 'file'} in the ${root.name}`);
    }
    return { input: spec.input, value, path: abs, root: root.dir, exists: final !== undefined };
}
function realpathOrUndefined(p) {
    try {
        return (0,external_node_fs_namespaceObject.realpathSync)(p);
    }
    catch {
        return undefined;
    }
}
/** realpath of a path whose last components may not exist (a dangling link is followed to its target). */
function realpathAllowingMissing(p, hops) {
    const real = realpathOrUndefined(p);
    if (real !== undefined)
        return real;
    const parent = external_node_path_namespaceObject.dirname(p);
    if (parent === p)
        return p;
    const joined = external_node_path_namespaceObject.join(realpathAllowingMissing(parent, hops), external_node_path_namespaceObject.basename(p));
    const st = lstatOrUndefined(joined);
    if (st?.isSymbolicLink() && hops > 0)
        return realpathAllowingMissing(external_node_path_namespaceObject.resolve(external_node_path_namespaceObject.dirname(joined), (0,external_node_fs_namespaceObject.readlinkSync)(joined)), hops - 1);
    return joined;
}
function lstatOrUndefined(p) {
    try {
        return (0,external_node_fs_namespaceObject.lstatSync)(p);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw err;
    }
}
/**
 * Resolves a directory input (`working-directory`) inside the workspace: it
 * must exist, and a symlink on the way must not lead outside.
 */
function resolveInsideWorkspace(workspace, value, inputName) {
    const roots = { workspace: external_node_path_namespaceObject.resolve(workspace), runnerTemp: external_node_path_namespaceObject.resolve(workspace) };
    return resolvePathInput(value, { input: inputName, use: 'read-dir', roots: ['workspace'], mustExist: true }, roots).path;
}
/**
 * A short, inert excerpt of text from a file the user pointed at, for an
 * error message: at most `max` characters, JSON-quoted (so control
 * characters and newlines are escaped), never the whole file.
 */
function paths_quoteExcerpt(text, max = 80) {
    const chars = [...text];
    return JSON.stringify(chars.length > max ? chars.slice(0, max).join('') + '…' : text);
}

;// CONCATENATED MODULE: ./packages/core/src/go/dist-list.ts

const cache = new WeakMap();
/** The platforms the running go supports, read once per runner. */
function distList(go) {
    let list = cache.get(go);
    if (!list) {
        list = go.runJson(['tool', 'dist', 'list', '-json'], { cwd: process.cwd() });
        cache.set(go, list);
    }
    return list;
}
const PLATFORM = /^([a-z0-9]+)\/([a-z0-9]+)$/;
/** Parses `goos/goarch` from the input `input` (the shape only; supportedPlatforms asks go). */
function parsePlatform(input, text) {
    const m = PLATFORM.exec(text);
    if (!m)
        throw new ConfigurationError(input, text, 'expected GOOS/GOARCH pairs such as linux/amd64');
    return { goos: m[1], goarch: m[2] };
}
/**
 * The dist entries of the pairs named in `input`, or one clear error naming
 * the input at the first pair the running go cannot build for: the only
 * judge is `go tool dist list`, for every gate that takes targets.
 */
function supportedPlatforms(dist, input, platforms) {
    const known = new Map(dist.map(d => [`${d.GOOS}/${d.GOARCH}`, d]));
    return platforms.map(p => {
        const d = known.get(`${p.goos}/${p.goarch}`);
        if (!d)
            throw new ConfigurationError(input, `${p.goos}/${p.goarch}`, 'not a GOOS/GOARCH pair this go supports (see `go tool dist list`)');
        return d;
    });
}

;// CONCATENATED MODULE: ./packages/core/src/github/workflow-event.ts

/**
 * Reads the event from GITHUB_EVENT_PATH and the GITHUB_* variables of `env`
 * (not @actions/github's import-time context, so a caller's env is the one
 * source of truth and tests need no globals).
 */
function readWorkflowEvent(env) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8')) ?? {};
        }
        catch {
            payload = {};
        }
    }
    const pr = payload.pull_request;
    const headRepo = pr?.head?.repo?.full_name;
    const baseRepo = pr?.base?.repo?.full_name;
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        ref: env.GITHUB_REF ?? '',
        sha: env.GITHUB_SHA ?? '',
        repository: env.GITHUB_REPOSITORY ?? '',
        defaultBranch: payload.repository?.default_branch ?? '',
        pullRequest: pr
            ? {
                number: Number(pr.number ?? payload.number),
                baseSha: String(pr.base?.sha ?? ''),
                headSha: String(pr.head?.sha ?? ''),
                baseRef: String(pr.base?.ref ?? ''),
                fromFork: Boolean(pr.head?.repo?.fork) || (headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo)
            }
            : undefined
    };
}

;// CONCATENATED MODULE: ./packages/core/src/util/concurrency.ts
/**
 * Runs `load` ahead of a consumer that walks items 0..count-1 in order:
 * `get(i)` gives item i's promise and keeps up to `window` further loads in
 * flight, so scanning one file overlaps reading the next ones without opening
 * thousands of files at once. A load that fails rejects only when its item is
 * asked for (never as an unhandled rejection).
 */
function readAhead(count, load, window = 16) {
    const started = new Map();
    let next = 0;
    const start = (k) => {
        if (started.has(k))
            return;
        const p = load(k);
        p.catch(() => undefined); // handled by whoever asks for item k
        started.set(k, p);
    };
    return i => {
        for (next = Math.max(next, i); next < Math.min(count, i + 1 + window); next++)
            start(next);
        start(i);
        const p = started.get(i);
        started.delete(i);
        return p;
    };
}
/** Runs `fn` over `items` with at most `limit` in flight; results in the items' order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    // At least one worker: a limit of 0 would otherwise return holes without running anything.
    const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    });
    await Promise.all(workers);
    return results;
}
/**
 * A gate for work started at different times (not from one list): `run(work)`
 * waits until fewer than `limit` works are running.
 */
function concurrencyLimit(limit) {
    let active = 0;
    const waiting = [];
    return async (work) => {
        while (active >= limit)
            await new Promise(resolve => waiting.push(resolve));
        active++;
        try {
            return await work();
        }
        finally {
            active--;
            waiting.shift()?.();
        }
    };
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./packages/core/src/sbom/license-data.generated.ts
// Generated by license-data-generator.ts from spdx-license-list 6.12.0; do not edit.
// The SPDX license texts as normalised words: indices into VOCABULARY, 16-bit little-endian, Brotli, base64.
const SPDX_LICENSE_LIST_VERSION = '6.12.0';
/** Every license id on the list, in the list's order. */
const LICENSE_IDS = 'FSL-1.1-MIT SISSL copyleft-next-0.3.1 Noweb CC-BY-3.0-DE BSD-3-Clause-acpica MakeIndex Fair MirOS Mackerras-3-Clause NRL InnoSetup CC-BY-2.5 AGPL-1.0-or-later Catharon TU-Berlin-2.0 Abstyles MS-RL NIST-Software Unlicense-libwhirlpool CC-BY-ND-2.0 GPL-2.0+ CAL-1.0 GFDL-1.2-invariants-only GPL-2.0-with-bison-exception CC-PDM-1.0 CMU-Mach-nodoc RPSL-1.0 CDLA-Permissive-1.0 BSD-2-Clause-pkgconf-disclaimer GFDL-1.2 JPL-image CC-BY-3.0 LPPL-1.0 LGPLLR CC-BY-SA-2.0-UK OLDAP-2.0.1 Unicode-3.0 Parity-6.0.0 LPL-1.0 Glulxe CMU-Mach Zeeff DL-DE-ZERO-2.0 NTIA-PD Nokia CC-BY-3.0-IGO Saxpath McPhee-slideshow snprintf W3C-19980720 EFL-1.0 xpp TCL BSD-3-Clause-LBNL OCLC-2.0 OGC-1.0 Latex2e-translated-notice GFDL-1.3-or-later Qhull Spencer-99 IBM-pibs GFDL-1.2-no-invariants-only check-cvs HDF5 VOSTROM MS-PL CDDL-1.0 OPL-UK-3.0 CNRI-Python-GPL-Compatible UCL-1.0 OFL-1.0 Eurosym ANTLR-PD-fallback DocBook-DTD SMLNJ CATOSL-1.1 MIPS Net-SNMP OAR mpi-permissive Borceux GFDL-1.2-no-invariants-or-later NCSA GPL-3.0+ IJG BSD-Source-Code CDL-1.0 TTYP0 CC-BY-SA-4.0 AGPL-3.0 ALGLIB-Documentation CC-BY-SA-3.0-AT swrule AAL AML-glslang FSFAP VSL-1.0 Sun-PPP gtkbook CC-BY-SA-2.5 SMAIL-GPL Apache-2.0 EPL-1.0 mpich2 NIST-PD-TNT MIT-Festival OGL-UK-2.0 OLDAP-1.4 Jam Python-2.0 HPND-Netrek mailprio OFL-1.0-no-RFN MIT NPL-1.0 Entessa CC-BY-ND-1.0 ECL-2.0 OLDAP-2.2.2 OLDAP-2.4 Adobe-Utopia AFL-1.1 SHL-0.5 CC-BY-NC-SA-2.5 TOSL OFL-1.1-no-RFN APAFML BSD-Mark-Modifications ECL-1.0 Spencer-86 generic-xts RPL-1.1 FSFUL 3D-Slicer-1.0 URT-RLE Adobe-Display-PostScript ZPL-1.1 UPL-1.0 metamail DEC-3-Clause Unlicense HPND-doc-sell OLFL-1.3 CECILL-2.1 Sun-PPP-2000 SUL-1.0 OGL-UK-3.0 OLDAP-2.5 HPND-export2-US BSD-Advertising-Acknowledgement EUPL-1.2 Plexus TAPR-OHL-1.0 Motosoto APL-1.0 Cronyx CC-BY-NC-2.0 Rdisc GFDL-1.2-only Elastic-2.0 CC-BY-3.0-NL LGPL-2.1+ magaz GPL-3.0 eCos-2.0 psfrag CERN-OHL-1.1 D-FSL-1.0 ngrep w3m CC-BY-NC-SA-1.0 TermReadKey GPL-3.0-or-later SWL OpenSSL Python-2.0.1 CC-BY-SA-3.0-DE OLDAP-2.7 SAX-PD HIDAPI Leptonica SSH-short SimPL-2.0 GFDL-1.3-only Kazlib CECILL-C MS-LPL CECILL-B YPL-1.0 ASWF-Digital-Assets-1.0 wwl HTMLTIDY HPND-INRIA-IMAG xlock CC0-1.0 IEC-Code-Components-EULA SugarCRM-1.1.3 HPND-DEC BSD-3-Clause-No-Military-License NIST-PD-fallback LiLiQ-P-1.1 Caldera FSFULLR pnmstitch CC-BY-NC-SA-2.0-UK CC-BY-NC-SA-2.0-DE GCR-docs CECILL-1.0 HPND-sell-variant Clips etalab-2.0 CC-BY-NC-SA-3.0-DE libtiff BSD-4-Clause-Shortened curl Bitstream-Charter Apache-1.1 HPND-Kevlin-Henney pkgconf OGL-UK-1.0 CC-BY-SA-2.1-JP OLDAP-1.2 FSFAP-no-warranty-disclaimer BitTorrent-1.0 Latex2e fwlw MIT-Modern-Variant SGP4 BSD-4.3RENO LZMA-SDK-9.11-to-9.20 GFDL-1.3-invariants-or-later LPD-document GFDL-1.3-invariants-only CC-BY-NC-SA-3.0-IGO HPND-doc CNRI-Python CC-BY-2.5-AU jove Hippocratic-2.1 ThirdEye NTP ADSL CC-BY-ND-3.0 BSD-2-Clause-Darwin TGPPL-1.0 CC-BY-NC-SA-2.0-FR LAL-1.2 CECILL-1.1 CC-BY-ND-2.5 GPL-2.0-with-GCC-exception Boehm-GC hdparm HPND-MIT-disclaimer OpenVision CC-BY-NC-SA-3.0 mplus NOSL X11-no-permit-persons psutils AMPAS DL-DE-BY-2.0 Xdebug-1.03 OFFIS MIT-0 EFL-2.0 Vim SunPro xzoom ICU SchemeReport Unlicense-libtelnet Arphic-1999 python-ldap Ubuntu-font-1.0 LGPL-2.1 GL2PS MulanPSL-1.0 OLDAP-2.2.1 LGPL-2.0-or-later Libpng gnuplot Game-Programming-Gems PHP-3.01 CC-BY-NC-SA-4.0 SAX-PD-2.0 OSL-2.1 MIT-Wu EUPL-1.0 ulem BSD-3-Clause AdaCore-doc OSSP Inner-Net-2.0 BSD-4-Clause JSON MIT-STK ssh-keyscan HPND FreeImage RPL-1.5 HPND-sell-MIT-disclaimer-xserver ISO-permission NPOSL-3.0 SSH-OpenSSH BSD-2-Clause-Patent LGPL-2.0-only UnRAR FSFULLRSD ESA-PL-weak-copyleft-2.4 NBPL-1.0 OGL-Canada-2.0 UMich-Merit TMate WordNet EPICS BSD-2-Clause-Views BSD-3-Clause-HP BSD-3-Clause-flex GPL-2.0 QPL-1.0-INRIA-2004 CC-BY-NC-2.5 GPL-2.0-with-font-exception GPL-2.0-only OFL-1.1-RFN Ruby FSFULLRWD GFDL-1.1-only Info-ZIP Intel-ACPI libpng-2.0 libselinux-1.0 GPL-2.0-with-classpath-exception BUSL-1.1 LGPL-2.1-or-later ImageMagick MMIXware BSD-3-Clause-Sun IPL-1.0 BSD-Protection CDLA-Permissive-2.0 Linux-man-pages-1-para SHL-0.51 BSD-4-Clause-UC OLDAP-2.6 Adobe-Glyph wxWindows any-OSI OPL-1.0 GPL-1.0-only Aspell-RU FTL BitTorrent-1.1 LGPL-2.0 OSL-3.0 Buddy CPAL-1.0 APSL-2.0 CC-BY-SA-3.0-IGO MIT-CMU Minpack Unicode-DFS-2015 Linux-man-pages-copyleft CAL-1.0-Combined-Work-Exception Xnet OSC-1.0 Cube LPPL-1.1 NLOD-2.0 Knuth-CTAN FreeBSD-DOC TORQUE-1.1 HPND-Markus-Kuhn Adobe-2006 MTLL ANTLR-PD Wsuipa Artistic-1.0 COIL-1.0 OML AGPL-3.0-or-later GFDL-1.1-invariants-or-later SSLeay-standalone C-UDA-1.0 HP-1989 Cornell-Lossless-JPEG GFDL-1.3-no-invariants-or-later CC-BY-1.0 MMPL-1.0.1 SNIA OpenPBS-2.3 NCGL-UK-2.0 Mackerras-3-Clause-acknowledgment NTP-0 NICTA-1.0 Frameworx-1.0 CNRI-Jython Community-Spec-1.0 BSD-3-Clause-No-Nuclear-License libutil-David-Nugent CC-BY-NC-ND-3.0-IGO any-OSI-perl-modules MIT-advertising HPND-export-US-modify Xfig zlib-acknowledgement ISC-Veillard YPL-1.1 BSD-3-Clause-Modification Artistic-1.0-Perl GPL-3.0-only TU-Berlin-1.0 GPL-1.0+ OPUBL-1.0 App-s2p checkmk CC-BY-3.0-AU CC-BY-NC-4.0 Intel OFL-1.0-RFN MPL-2.0 NGPL 0BSD OSET-PL-2.1 FBM UnixCrypt LGPL-3.0 MPL-1.0 Giftware Beerware Caldera-no-preamble BSD-2-Clause TTWL FSL-1.1-ALv2 GFDL-1.1-or-later ESA-PL-permissive-2.4 OSL-1.1 OCCT-PL Interbase-1.0 AMD-newlib QPL-1.0 libpng-1.6.35 MITNFA OpenSSL-standalone MIT-Click BSD-Systemics-W3Works NIST-PD NLPL BSD-Systemics HPND-sell-variant-MIT-disclaimer-rev CERN-OHL-1.2 GFDL-1.2-invariants-or-later SGI-B-2.0 Martin-Birgmeier LGPL-2.0+ WTFPL Zimbra-1.3 CC-BY-SA-3.0 X11 BSD-3-Clause-No-Nuclear-License-2014 AFL-2.1 CrystalStacker LZMA-SDK-9.22 diffmark softSurfer hyphen-bulgarian HPND-Intel Newsletr copyleft-next-0.3.0 iMatix LPPL-1.3a LAL-1.3 OLDAP-2.1 Symlinks OFL-1.1 CC-BY-NC-ND-2.5 Brian-Gladman-3-Clause Artistic-1.0-cl8 AFL-3.0 MPL-1.1 HPND-SMC ISC LGPL-2.1-only Zimbra-1.4 dtoa ODC-By-1.0 GFDL-1.1 CC-BY-ND-4.0 W3C BSD-3-Clause-Open-MPI PSF-2.0 GPL-2.0-or-later CC-BY-NC-3.0-DE ESA-PL-strong-copyleft-2.4 bcrypt-Solar-Designer AFL-1.2 AFL-2.0 BSD-4.3TAHOE LOOP GFDL-1.3 SGI-OpenGL Unicode-DFS-2016 ClArtistic PolyForm-Small-Business-1.0.0 PHP-3.0 HPND-export-US-acknowledgement SISSL-1.2 CC-BY-NC-ND-1.0 IPA DSDP LiLiQ-Rplus-1.1 Advanced-Cryptics-Dictionary Ferguson-Twofish W3C-20150513 NCL BlueOak-1.0.0 SMPPL gSOAP-1.3b Vixie-Cron ZPL-2.0 EPL-2.0 MPL-2.0-no-copyleft-exception Brian-Gladman-2-Clause Soundex BSD-2-Clause-first-lines Bahyph GPL-1.0-or-later SSPL-1.0 CC-BY-NC-ND-3.0-DE HPND-Fenneberg-Livingston HPND-UC-export-US TPL-1.0 LPL-1.02 Xerox BSD-Attribution-HPND-disclaimer CC-BY-3.0-AT Zend-2.0 BSD-2-Clause-FreeBSD RSA-MD TCP-wrappers Lucida-Bitmap-Fonts LPPL-1.2 HPND-sell-variant-MIT-disclaimer Barr CERN-OHL-W-2.0 CC-BY-NC-SA-2.0 SGI-B-1.0 Multics TekHVC GD NCBI-PD CC-BY-NC-ND-4.0 Sendmail-8.23 dvipdfm GPL-3.0-with-GCC-exception MIT-open-group LGPL-3.0+ GFDL-1.1-no-invariants-only CC-BY-SA-1.0 OLDAP-1.1 Afmparse HaskellReport DOC LGPL-3.0-or-later Baekmuk EUDatagrid Condor-1.1 CDLA-Sharing-1.0 WTFNMFPL X11-swapped CC-BY-ND-3.0-DE RSCPL DocBook-XML GLWTPL CC-PDDC BSD-3-Clause-Attribution Sleepycat DRL-1.0 JPNIC BSD-3-Clause-Clear Boehm-GC-without-fee APSL-1.2 MPEG-SSG BSD-Inferno-Nettverk Dotseqn CPL-1.0 HP-1986 CC-BY-NC-3.0 GFDL-1.1-invariants-only TPDL APSL-1.1 BSL-1.0 xkeyboard-config-Zinoviev XSkat PADL FDK-AAC CPOL-1.02 MIT-Khronos-old bzip2-1.0.5 bzip2-1.0.6 CC-BY-NC-ND-3.0 BSD-3-Clause-No-Nuclear-Warranty O-UDA-1.0 ZPL-2.1 Spencer-94 Artistic-dist BOLA-1.1 OLDAP-1.3 Zed MIT-enna ASWF-Digital-Assets-1.1 Linux-man-pages-copyleft-2-para RHeCos-1.1 radvd cve-tou AML SOFA blessing EUPL-1.1 CERN-OHL-S-2.0 CC-BY-SA-2.0 CAPEC-tou CUA-OPL-1.0 PolyForm-Noncommercial-1.0.0 XFree86-1.1 ParaType-Free-Font-1.3 OGDL-Taiwan-1.0 ODbL-1.0 SPL-1.0 Linux-man-pages-copyleft-var Widget-Workshop Artistic-2.0 LiLiQ-R-1.1 Parity-7.0.0 xinetd AGPL-1.0 NPL-1.1 Gutmann CC-BY-NC-ND-2.0 Linux-OpenIB CC-BY-4.0 SGMLUG-PM Pixar DocBook-Stylesheet IJG-short AMDPLPA CERN-OHL-P-2.0 GFDL-1.3-no-invariants-only SCEA OGTSL BSD-3-Clause-Tso MIT-testregex SL GFDL-1.1-no-invariants-or-later HPND-Pbmplus Imlib2 UCAR Naumen Unicode-TOU lsof AGPL-1.0-only TrustedQSL CDDL-1.1 OLDAP-2.2 Zlib JasPer-2.0 GPL-3.0-with-autoconf-exception NLOD-1.0 HPND-sell-regexpr PPL SGI-B-1.1 GFDL-1.2-or-later Graphics-Gems OSL-1.0 Sendmail Kastrup OSL-2.0 StandardML-NJ Ruby-pty LPPL-1.3c Bitstream-Vera CC-SA-1.0 NetCDF Apache-1.0 Watcom-1.0 HPND-sell-variant-critical-systems threeparttable AGPL-3.0-only eGenix OpenMDW-1.0 Furuseth OLDAP-2.0 ErlPL-1.1 CFITSIO APSL-1.0 OLDAP-2.3 NAIST-2003 CC-BY-2.0 Nunit HPND-UC Aladdin CC-BY-NC-1.0 DocBook-Schema PDDL-1.0 CryptoSwift X11-distribute-modifications-variant GPL-2.0-with-autoconf-exception BSD-2-Clause-NetBSD MulanPSL-2.0 CC-BY-3.0-US HPND-export-US DRL-1.1 GPL-1.0 CECILL-2.0 OLDAP-2.8 HPND-merchantability-variant Glide PostgreSQL BSD-1-Clause Sendmail-Open-Source-1.1 Crossword NASA-1.3 BSD-Source-beginning-file Mup MIT-feh LGPL-3.0-only man2html';
/** Words of each license text, in LICENSE_IDS order. */
const TEXT_LENGTHS = [649, 2251, 1505, 198, 2402, 227, 274, 38, 142, 168, 495, 211, 2013, 2656, 704, 207, 99, 471, 287, 75, 1839, 2896, 2519, 3200, 111, 181, 71, 4694, 1657, 97, 3200, 509, 2970, 1383, 2349, 1730, 274, 315, 273, 1759, 81, 123, 27, 146, 324, 3241, 2825, 291, 53, 30, 425, 138, 339, 339, 298, 1678, 327, 101, 3615, 208, 202, 133, 3200, 18, 623, 444, 404, 2538, 671, 612, 1668, 607, 214, 212, 155, 157, 2961, 21, 1919, 84, 71, 61, 3200, 241, 5632, 675, 189, 1366, 241, 2734, 5521, 152, 2751, 48, 354, 350, 34, 291, 85, 43, 2254, 1215, 1574, 1696, 209, 91, 192, 914, 920, 30, 1417, 68, 63, 607, 164, 3289, 314, 1665, 1693, 312, 295, 69, 721, 1665, 2407, 315, 632, 84, 261, 357, 88, 120, 5247, 19, 1531, 124, 280, 412, 289, 87, 221, 197, 60, 1764, 3419, 82, 581, 959, 304, 162, 227, 2178, 260, 2122, 3995, 7124, 88, 2130, 180, 3200, 613, 2691, 4357, 20, 5630, 251, 68, 1261, 2048, 273, 87, 2074, 14, 5630, 328, 769, 1470, 2775, 305, 387, 22, 112, 61, 430, 3615, 99, 3397, 436, 3312, 1439, 336, 49, 222, 89, 108, 1066, 345, 3437, 150, 240, 262, 962, 372, 28, 160, 1794, 1949, 279, 3120, 160, 149, 990, 2791, 168, 147, 156, 90, 339, 56, 64, 920, 53, 844, 26, 3780, 84, 22, 138, 59, 63, 39, 3615, 47, 3615, 3241, 60, 526, 2690, 41, 1299, 45, 94, 83, 2698, 229, 1622, 2625, 992, 3357, 1874, 83, 82, 40, 146, 247, 3391, 31, 3801, 190, 243, 302, 320, 394, 138, 140, 141, 756, 26, 87, 237, 50, 66, 1089, 89, 733, 4357, 133, 816, 310, 4169, 547, 207, 51, 433, 2815, 54, 1561, 193, 2066, 20, 216, 42, 166, 304, 234, 173, 207, 29, 172, 2786, 4944, 118, 35, 1859, 542, 370, 4169, 256, 36, 2582, 857, 563, 181, 366, 234, 525, 219, 211, 252, 2902, 666, 2161, 113, 2902, 632, 333, 74, 2822, 456, 929, 192, 154, 163, 549, 4357, 1892, 139, 224, 1703, 969, 364, 34, 1668, 260, 292, 242, 215, 7, 3184, 2045, 30, 918, 4383, 4169, 1636, 200, 4407, 3183, 3240, 174, 325, 408, 151, 2519, 192, 166, 162, 2171, 1336, 42, 391, 556, 28, 253, 449, 166, 88, 767, 255, 259, 5521, 2822, 448, 562, 113, 133, 3615, 1812, 486, 3399, 534, 824, 159, 73, 451, 1443, 606, 2292, 246, 127, 2839, 95, 180, 177, 78, 156, 71, 1437, 237, 970, 5630, 100, 2039, 892, 38, 57, 2423, 2621, 300, 607, 2344, 796, 97, 3070, 54, 29, 6856, 2843, 235, 48, 244, 185, 41, 569, 2822, 1966, 1522, 2178, 3783, 81, 674, 495, 237, 319, 257, 441, 140, 41, 323, 119, 1424, 3200, 221, 56, 4169, 67, 1439, 3385, 211, 242, 1404, 165, 99, 17, 52, 84, 210, 75, 1498, 558, 2877, 1159, 314, 80, 632, 2023, 153, 821, 1636, 3669, 74, 111, 4357, 1427, 102, 3178, 2822, 2507, 404, 269, 367, 2902, 2555, 2445, 74, 771, 1410, 102, 290, 3615, 279, 378, 1021, 678, 433, 167, 1973, 1748, 1434, 335, 1222, 73, 140, 278, 208, 245, 490, 3167, 82, 345, 2128, 2344, 85, 68, 189, 229, 2045, 4760, 2429, 95, 73, 3731, 1737, 134, 216, 2385, 363, 218, 123, 78, 465, 2184, 123, 102, 2131, 2375, 2088, 259, 271, 432, 153, 2587, 588, 33, 512, 184, 6858, 2822, 1991, 844, 123, 93, 666, 6856, 59, 443, 849, 1788, 101, 198, 2275, 3296, 272, 145, 253, 239, 713, 245, 284, 239, 88, 3117, 152, 283, 37, 1742, 91, 3118, 2822, 23, 3177, 210, 99, 90, 50, 651, 1910, 188, 294, 265, 2844, 245, 556, 320, 147, 955, 193, 907, 40, 247, 354, 63, 3452, 326, 135, 350, 558, 44, 2106, 1974, 2222, 126, 3661, 683, 345, 306, 1098, 4034, 3628, 122, 172, 1363, 1269, 502, 321, 2656, 4307, 21, 1989, 143, 2541, 328, 1405, 81, 259, 856, 1310, 3615, 1032, 830, 210, 170, 44, 2822, 56, 317, 267, 301, 963, 138, 2656, 366, 2678, 308, 134, 395, 285, 1324, 46, 3012, 2252, 3200, 116, 1396, 581, 18, 1566, 157, 81, 2974, 359, 1839, 281, 356, 3315, 188, 30, 5521, 628, 400, 84, 275, 2223, 217, 3112, 312, 597, 1981, 150, 57, 1875, 1891, 133, 2516, 145, 200, 270, 197, 851, 2328, 133, 304, 2045, 3310, 305, 50, 1946, 174, 156, 617, 68, 2059, 187, 209, 175, 6856, 20];
const VOCABULARY = 'functional source license version 11 mit future abbreviation fsl11mit notice copyright year licensor name terms and conditions we the party offering software under these is each of that make available as indicated by our inclusion with grant subject to your compliance this patents redistribution trademark clauses below hereby you right use copy modify create derivative works publicly perform display redistribute for any permitted purpose identified a other than competing means making others in commercial product or service 1 substitutes 2 offer using exists date 3 offers same substantially similar functionality purposes specifically include internal access noncommercial education research 4 connection professional services provide licensee accordance extent would necessarily infringe above includes if claim against infringes contributes infringement patent then ends immediately apply all copies modifications derivatives must link not remove notices provided disclaimer without warranties kind express implied including limitation fitness particular merchantability title noninfringement no event will have liability arising out related indirect special incidental consequential damages even been informed their possibility advance trademarks except displaying details identifying us origin trade names marks irrevocably an additional effective on second anniversary after may which case following permission granted free charge person obtaining associated documentation files deal restriction rights merge publish distribute sublicense andor sell permit persons whom furnished do so shall be included substantial portions warranty but limited authors holders liable whether action contract tort otherwise from dealings sun industry standards 10 definitions distribution original code third 12 contributor combination made 13 electronic mechanism generally accepted development community transfer data 14 executable form 15 initial developer individual entity required exhibit 16 larger work combines thereof governed 17 document 18 licensable having maximum possible at time subsequently acquired conveyed herein 19 addition deletion substance structure either previous modification contents file containing b new contains part 110 computer described 111 claims now owned hereafter method process apparatus grantor 112 preferred it modules plus interface definition scripts used control compilation installation 113 114 legal exercising complying issued section 61 entities controls controlled common power direct cause direction management such ownership more fifty percent 50 outstanding shares beneficial 20 21 grants worldwide royaltyfree nonexclusive intellectual property reproduce infringed selling practice sale dispose c licenses 21a are first distributes d notwithstanding 21b delete separate infringements caused i ii devices 30 obligations 31 application distributed only released every impose alters restricts applicable recipients hereunder shipment conditioned upon full comply requirements set body effect one hundred twenty 120 days before ship meet agree deviation protocol resulting implementation reference parties royalty basis within thirty customer 32 duplicate put due its location relevant directory where user likely look created add also describe relating choose fee support indemnity however own behalf absolutely clear obligation offered alone indemnify incurred result 33 versions sections met stating conspicuously collateral choice contain different differ 34 combining single sure fulfilled 40 inability statute regulation impossible respect some judicial order limitations they affect description distributions prohibited sufficiently detailed recipient ordinary skill able understand applies has attached 60 revised given distinguishing number 62 once published always continue subsequent 70 expressed defects merchantable fit noninfringing entire risk quality performance should prove defective assume cost necessary servicing repair correction constitutes essential authorized 80 termination 81 terminate automatically fail cure breach becoming aware sublicenses properly survive provisions nature remain beyond 82 end agreements excluding distributors resellers validly distributor prior 90 limit circumstances theory negligence supplier character loss goodwill stoppage failure malfunction losses death personal injury partys law prohibits jurisdictions allow exclusion 100 government users being prime contractor subcontractor tier governments accompanying forth 48 cfr 2277201 through 22772024 department defense dod acquisitions 2101 12212 nondod miscellaneous represents complete agreement concerning matter hereof provision held unenforceable reformed enforceable california provides conflictoflaw disputes least citizen chartered registered business united states america litigation jurisdiction federal courts northern district venue lying santa clara county losing responsible costs court reasonable attorneys fees expenses nations convention contracts international goods expressly excluded language construed drafter obtain see specific governing microsystems inc contributors standard defined openofficeorg xml format specification located xmlopenofficeorg programming apiopenofficeorg copyleftnext 031 release 20160429 perpetual irrevocable prepare my licensed import covered does logos general inform how can satisfy 6 iii preserve contained pertinent texts author attributions graphical images legends distributing derived outbound gpl compatibility whole prominent licensing condition avoided material instead further restrictions inbound when exercise excused merely because extrinsic incorporating both osiapproved fsffree conflict stated 5 object accompany url corresponding customary providing network physical tangible storage medium two years most recent itself accompanied customarily accessible manner need paragraph intended thirdparty beneficiary solely enforce symmetrical upstream contributions me patch explicit negate 7 nullification copyleftproprietary dual numbered project longer 8 copyleft sunset fifteen elapsed 9 passthrough receives terminated unless noncompliance initiate declaratory judgment actions counterclaims crossclaims alleging directly indirectly extends those who received running terminable later designated explicitly option asis bear excludes whatsoever knew known about severability invalidity unenforceability validity enforceability remainder minimum valid maintains repository githubcomcopyleftnextcopyleftnextgit instructions information reasonably skilled generate list clearly were building installing example specified proprietary compiler machinereadable authorship modifies adapts based transforms translates mere aggregation reproduction fails state expectation makes someone else anyone classified foundation gnu public affero imemy refers places youyour consequence approved open initiative independent extension enhancement runtime library component noweb 19892000 norman ramsey reserved protected publicdomain shareware like field endeavor acknowledge retain called written consent wish cdrom buys give permisson said modified uses change request bug reports reported creative commons namensnennung deutschland ist keine rechtsanwaltskanzlei und leistet rechtsberatung die bereitstellung dieser lizenz fhrt zu keinem mandatsverhltnis stellt diese informationen ohne gewhr zur verfgung bernimmt gewhrleistung fr gelieferten schliet haftung schden aus sich deren gebrauch ergeben der gegenstand wie unter schutzgegenstand definiert wird den bedingungen ccpl oder lizenzvertrag gestellt durch das urheberrecht undoder andere gesetze geschtzt jede nutzung des schutzgegenstandes nicht aufgrund gestattet unzulssig ausbung eines gewhrten rechts dem erklren sie lizenzbedingungen rechtsverbindlich einverstanden soweit als anzusehen gewhrt ihnen lizenzgeber genannten rechte unentgeltlich im austausch dafr dass gebundensein akzeptieren definitionen begriff abwandlung sinne bezeichnet ergebnis jeglicher art von vernderung solange eigenpersnlichen zge darin verblassen daran eigene schutzrechte entstehen kann insbesondere eine bearbeitung umgestaltung nderung anpassung bersetzung heranziehung vertonung laufbildern sein gelten seine aufnahme sammlung ein sammelwerk freie benutzung meint zusammenstellung literarischen knstlerischen wissenschaftlichen inhalten sofern auswahl anordnung enthaltenen selbstndigen elemente geistige schpfung darstellt unabhngig davon ob systematisch methodisch angelegt dadurch einzeln zugnglich sind verbreiten bedeutet abwandlungen vervielfltigungsstcken mithin krperlich fixierter ffentlichkeit anzubieten verkehr bringen diejenige natrliche juristische gruppe anbietet insoweit rechteinhaberin auftritt e rechteinhaber urheber personen am immaterialgterrecht erlangt hat welches abschnitt handlungen erfasst bei einrumung nutzungsrechten weiterbertragung dritte mglich f inhalt angeboten persnliche werk kleinen mnze nachgelassenes auch lichtbild anderes objekt verwandten schutzrechts seiner fixierung auf welche weise jeweils wahrnehmung erfolgen gleichviel analoger digitaler datenbanken zusammenstellungen daten einen immaterialgterrechtlichen schutz eigener genieen unterfallen g bzw gemeint genannte nutzungen vornimmt zuvor hinblick gegen verstoen aber ausdrckliche erlaubnis lizenzgebers erhalten nutzungsrechte trotz vorherigen verstoes auszuben h ffentlich zeigen verffentlichungen prsentationen verstehen mehrzahl mitgliedern bestimmt unkrperlicher mittels ffentlicher wiedergabe vortrag auffhrung vorfhrung darbietung sendung weitersendung zeit ortsunabhngiger zugnglichmachung krperlicher ausstellung bestimmten veranstaltungen zum einsatz kommenden techniken verfahren einschlielich drahtgebundener drahtloser mittel einstellen internet vervielfltigen beliebiger vervielfltigungsstcke herzustellen ton bildaufzeichnungen umfasst vorgang erstmals krperliche fixierungen sowie anzufertigen bertragung bild tontrger elektronisches schranken immaterialgterrechts keiner darauf gerichtet befugnisse vermindern beschrnken vereiteln urheberrechts anderer rechtsnormen bereits weiteres zustehen fehlen schutzes rumt unbeschadet unverzichtbarer vorbehaltlich abschnitts 3e vergtungsfreie rumlich zeitlich dauer unbeschrnkte einfache recht folgenden arten weisen nutzen eingerumtes einfaches nutzungsrecht jedermann menge ihn sammelwerke integrieren teil solcher bersetzungen jedweder medien deutlich erkennbar gemacht es um handelt allein aufgenommen verffentlichen bezglich vergtung gilt folgendes unverzichtbare gesetzliche vergtungsansprche gegenzug lizenzen vorgesehen pauschalabgabensysteme beispiel leermedien vorhanden behlt ausschlieliche vor entsprechende einzuziehen zwangslizenzen auerhalb zustande kommen verzichtet alle flle einer lizenzgerechten jegliche sonstigen fllen lizenzgerechter beiden abschnitte fllt einziehung selbst nur verwertungsgesellschaft wre vorgenannte bekannten noch nutzungsarten eingerumt beinhaltet solche nderungen vorzunehmen bestimmte nach zulssige technisch erforderlich ber diesen hinaus ausdrcklich werden bleiben diesem vorbehalten dessen smtliche resultierenden nutzungsrechts gem erfolgt drfen ausschlielich mssen dabei stets kopie vollstndige internetadresse uniformresourceidentifier uri beifgen vertrags nutzungsbedingungen anbieten fordern unterlizenzieren jeder hinweise unverndert lassen haftungsausschluss hinweisen wenn bezug technischen manahmen ergreifen nutzer ihm behindern knnen 4a fall bestandteil sammelwerkes bildet was jedoch insgesamt unterstellt muss erstellen mitteilung hin 4b aufgezhlten entfernen vornehmen verbreitung ffentliche aufbauender enthaltender bedingung etwaiger mitteilungen dazu gehrenden rechtevermerke unberhrt verpflichtet rechteinhaberschaft entsprechenden angemessenen anzuerkennen indem bekannt angeben namen pseudonym falls solches verwendet rechteinhabers rechtevermerk angemessene zuschreibung vorgenommen zb stiftung verlagshaus zeitung zuschreibungsempfnger bezeichnung dieses dritten titel inhaltes praktikablen angegeben sei denn verweist lizenzinformationen iv falle bereinstimmung 3b hinweis erforderlichen angaben darstellen gemeinsamer nennung mehrerer dergestalt zumindest ebenso hervorgehoben brigen angabe oben bezeichneten verwenden ihrer vorherige separat schriftlich vorliegende zustimmung zuschreibungsempfngers weder explizit implizit irgendeine verbindung wenig untersttzung billigung andeuten einschrnkungen teile deshalb schutzgegenstandsbegriff fallen weil persnlichkeitsrechte bestehen anders lautende schriftliche vereinbarung zwischen geschlossen wurde mngel arglistig verschwiegen wurden bietet rechten ausschluss konkludent garantien irgendeiner dies freisein sach rechtsmngeln erkennbarkeit verkehrsfhigkeit verwendbarkeit zweck korrektheit beschreibungen gewhrleistungsbeschrnkung fhren seiten verschulden vertretenmssen ebenfalls vorliegt haftungsbeschrnkung haftet gegenber verletzung lebens krpers gesundheit wenigstens fahrlssigkeit vorzuwerfen sonstige grober vorsatz darber keinerlei freiwillige erlschen eingerumten wirkung zukunft kenntnis vom versto weiteren handlung vertragsparteien bedarf natrlichen juristischen enthaltende haben nachtrglich entstandene lizenzbeziehungen weiter ihrerseits halten ziffern einem fort unbefristet bis rechtliche ausluft abgesehen anderen weitergabe jederzeit einzustellen kndigung widerruf weiterlizenzierung grundlage zuknftig dient bercksichtigung vollumfnglich wirksam bleibt bestimmungen jedes mal genommen empfnger gleichen umfang ursprnglichen sollte bestimmung unwirksam wirksamkeit soll abbedungen kein zulssig verzicht betroffene seite zugestimmt zusammen ihr vorgesehenen erlaubnissen zustimmungen tatschlich vorliegen dar abreden vereinbarungen erklrungen genannt rechtsgeschftliche verhltnisses modifikationen etwaige zustzliche einseitig bermittelte gebunden modifiziert derlei wirken 8a angebotenen anderweitige getroffen wahlfreiheit besteht findet bundesrepublik anwendung partei dergleichen rechtlichen gesichtspunkt irgendwelche abstrakt konkret zufllig vorhersehbar zusammenhang vorangegangen stze pflichten parteien logo marke notwendig kenntlich machen steht gehender schriftlichen erlaubte richtet markennutzungsrichtlinie aktuellen fassung website verffentlicht anfrage klarstellung markennutzung kontaktiert creativecommonsorg binary forms redistributions requirement neither abovelisted nor endorse promote products disclaimed owner exemplary procurement substitute profits interruption strict way advised damage makeindex 11111989 pehong chen phcrenoirberkeleyedu harrison systems palo alto usa program preserved asked waive his allowed greater shipping handling conspicuous statement tells identical anything usable conjunction something whose useful extend adapt capabilities considered ports supported back sort accepts responsibility consequences serves fair usage instrument retained notified miros email reproduced unlimited away utmost malicious intent gross issues dealing existence defect proven results immediate fault materials disclaim regard tortious nrl naval laboratory copyrighted respective developers net2 44lite berkeley bsd university regents uc binding cases copyrights developed various people assigned outside affected followed advertising mentioning features acknowledgements technology division views conclusions interpreted representing official policies inno setup noted package jordan russell 20002024 martijn laan applications alter currently place occurrences web site addresses boxes misrepresented wrote acknowledgement appreciated plainly marked attribution 25 corporation firm attorneyclient relationship regarding disclaims here accept bound consideration acceptance collective periodical issue anthology encyclopedia entirety unmodified along constituting themselves assembled into preexisting translation musical arrangement dramatization fictionalization motion picture sound recording abridgment condensation recast transformed adapted avoidance doubt composition synchronization timedrelation moving image synching copyrightable previously violated despite violation nothing reduce restrict exclusive laws duration incorporate incorporated phonorecords digital audio transmission royalties blanket waives collect individually via society eg ascap bmi sesac webcast mechanical statutory music agency agent harry fox phonorecord cover compulsory usc 115 act equivalent webcasting performancerights soundexchange exercised media formats devised technically digitally uniform resource identifier keep intact refer technological measures inconsistent require apart practicable credit clause requested utilizing supplied designate another sponsor institute publishing journal licensors specifies french screenplay implemented appear comparable appears representations mutually agreed writing merchantibility absence latent accuracy presence errors discoverable punitive individuals reserves stop election serve withdraw force invalid term deemed waived consented waiver signed charged between there understandings communication mutual foregoing sentences indicating thencurrent guidelines contacted march 2002 510 street suite 225 san francisco ca 94107 1989 1991 2d added over everyone verbatim changing preamble designed take freedom share contrast guarantee softwareto afferos commit programs too speak referring price receive get want pieces know things protect forbid deny ask surrender translate certain responsibilities gratis show them steps gives protection ours understands passed what problems introduced reflect reputations finally threatened constantly avoid danger redistributors prevent everyones precise copying follow 0 placed holder saying say portion translated hereinafter addressed activities scope restricted output constitute true depends appropriately appropriate transferring exchange thus forming carry changed normally reads commands interactively run started interactive print announcement telling view exception interact interacting opportunity facility http identifiable permissions licensees regardless contest entirely rather volume bring interchange three physically performing alternative accord subsection major components kernel operating system runs accompanies counts though compelled attempt void long since therefore modifying indicate enforcing allegation reason imposed contradict excuse cannot simultaneously could refrain circumstance balance induce sole protecting integrity practices many generous wide range reliance consistent up authordonor decide he she willing thoroughly believed rest countries interfaces geographical among incorporates spirit present detail address concerns specify ever foundations higher parts write sometimes exceptions decision guided goals preserving status promoting sharing reuse rendered inaccurate sustained operate catharon 2000jul04 introduction productions several archive packages found inspired artistic ijg jpeg group encourage freeware alike main points o dont promise interested whatever pay pretend somewhere credits covering throughout originally generic compiling projects well linking referred binaries unsure contact verify 2000 execute compile authorize licensetxt unaltered additions deletions changes just paid promotional suggest phrase typography contracted technische universitaet berlin removed suitability courtesy bugs improvements interest 28111994 jutta degener carsten bormann ooo ago maybe intentions completely todays refined append berkeleybremen 05042009 apreambltex 110e hanshermann bode hhbodedosuni1bitnet bibtex adaptable family apreambldoc microsoft reciprocal msrl governs meaning contribution read govern compiled complies guarantees consumer local exclude nistdeveloped nist improve note please national fact operation warrants uninterrupted errorfree corrected warrant correctness reliability usefulness determining appropriateness risks equipment unavailability situation employees unencumbered domain attributionnoderivs conveying june 51 franklin fifth floor boston ma 021101301 lesser develop greatest best achieve attach safest start effectively convey line pointer idea hope paper mail short starts mode gnomovision 69 comes type w welcome hypothetical course mouseclicks menu itemswhatever suits employer programmer school sign sample yoyodyne passes compilers james hacker signature ty coon april president vice cryptographic autonomy v demonstration spdxlicenseidentifier cal10 cal10combinedworkexception combined private while owners strives nonaffiliated aspect element requires needed independently capability laid receiving rules triggers rule elaborations implementations 22 organization taking absent 23 remedies according enforced nonpatent becomes embodied hardware 41 communicated perceptible nonaffiliate delivery 44 nocharge unrestricted comments configuration help seeds keys 411 persist during period thereafter 412 45 remaining compatible allows together 413 coordinated disclosure security vulnerabilities delay ninety embargo newlyidentified vulnerability flaw identity significant participating pertaining 42 maintain interfere ability fully generated input context chosen existing possess 421 withholding commonly possession 422 technical methods applied hashes 423 contractual contractually circumvention 43 acknowledging easytofind hyperlink uphold relative processing engage interactions exclusively begins continues until reasons expire whichever revoked listed cease 52 reinstatement terminates reinstated come sixty eligible lasting permanent restored 53 asserting administrative review procedures response enforcement former far revenue 71 affiliates affiliate intermediaries natural acting contractors 72 suit brought 73 sublicensing sublicensable reservations 74 seeking thereto prevailing entitled recover appeal achieves avoids settlement 75 76 construction severed 77 text attributionsharealike caveat confusingly november manual textbook sense assure commercially noncommercially secondarily preserves publisher complements manuals needs freedoms textual printed book recommend principally instruction applicability member requiring copied secondary named appendix frontmatter deals publishers documents overall matters mathematics explain historical philosophical ethical political position invariant titles says zero identify none passages frontcover backcover words transparent represented suitable revising straightforwardly editors composed pixels paint drawings widely drawing editor formatters automatic variety markup arranged thwart discourage readers amount opaque examples plain ascii texinfo latex sgml dtd standardconforming simple html postscript pdf human png xcf jpg edited word processors tools machinegenerated produced page pages hold legibly near appearance preceding beginning xyz subunit precisely parentheses stands mentioned dedications endorsements history remains disclaimers next regards disclaiming implication obstruct reading compensation large enough lend quantity covers numbering enclose front equally visible treated respects voluminous ones actual onto adjacent computernetwork networkusing download publicstandard protocols latter prudent begin ensure last agents retailers edition redistributing chance updated filling role whoever possesses distinct five principal fewer giving shown addendum lists item describing sentence j likewise locations omit four k tone therein l numbers m n retitle appendices qualify partiesfor statements peer authoritative passage arrangements already replace old publicity assert imply endorsement combine multiple replaced unique adding adjustment collections collection consisting extract insert extracted aggregate compilations less half bracket translations replacing english disagreement prevail typically revisions wwwgnuorgcopyleft draft withtexts alternatives nontrivial releasing parallel bison parser skeleton isnt generator alternatively neighboring asking privacy moral derogatory treatments fullest citing realnetworks rev october 28 elects clicking button downloading mean taken wwwhelixcommunityorgcontentcomplicense contrary readily creates creation deploy randd externally accessed deliver content functions properties class apis header guids vtables allowing piece firmware communicate interoperate series representation updates upgrades her capacity officer employee readable instance exist deployed twelve months deployment preferably electronically box packaging although assurances secure acquire subsidiaries tiers algorithms inventions assisting integrated exempt module linked wholly rpsl ordinarily mozilla v11 mpl mpllicensed enable acceptable integration updating exclusions secrets prohibit discretion combinations belonging policy defend harmless asserted prerelease untested tested failures incomplete inaccuracies collectively satisfactory quiet enjoyment interference oral advice representative high design maintenance nuclear facilities aircraft navigation air traffic machines lead severe environmental remedy total exceed ten dollars 1000 retains 125b commence crossclaim counter lawsuit destroy 122 terminating prejudice 121 12211 purchases dfar 2522277015 items 22772023 accordingly creating partnership joint venture association represent 123 impair market compete produce 124 125 competent finds permissible economic benefits prevents discontinue 126 dispute resolution seattle washington 127 exportimport export regulations country ensuring reexport authorizations 128 province quebec canada confirm drafted les ont exig que le prsent contrat et tous connexes soient rdigs en anglais 19952002 current wwwhelixcommunityorgcontentrpsl rcsl wwwhelixcommunityorgcontentrcsl helix dna owns kit test suites client academic apache apple assurance license1 eiffel forum gpl1 lgpl1 ibm intel jabber mitre collaborative virtual workspace cvw motosoto nokia python ricoh sissl illinoisncsa vovida w3c xnet zope zliblibpng 1note purport non forbidden violate latest defines realplayer realjukebox realsystem realaudio realvideo realone player realmedia forbids times posted wwwrealnetworkscominfohelixlogohtml permissive providers provider sufficient formation follows supplement elses computational analysis interpretation analytical technique patterns trends correlations inferences insights attributes gathered publishes enhanced subset organized securities appoint majority directors erase correct rearrange enables remote employed engaged entitys publication occurs locally remotely outcomes outputs de minimis sui generis database directive 969ec european parliament council 1996 databases amended succeeded anywhere world accessing studying reviewing adapting analyzing evaluating humans coordination selection protectable agrees metadata identification hyperlinks practical virtue accounting imposes care obtained confidentiality undertaken materially receipt filed lost assist fulfilling confers heirs executors successors assigns reserve similarly reservation workgroup linux steward jpl video sites ending jplnasagov authorization records electing caltech caption nasajplcaltech nasa claimed approval insignia blue meatball logotype red worm seal sponsored implicitly requests directed bert ulrich headquarters pos dc 20546 telephone 202 3581713 fax 3584331 bertulrichhqnasagov stylized letters colors institutional communications office instcommjplnasagov likenesses consult jplcaltech vendors relation organizations journalistic educational unported adaptation alterations literary phonogram cinematographic adaptations recognizably encyclopedias anthologies performances phonograms broadcasts 1f creations actors singers musicians dancers sing declaim play interpret expressions folklore producer fixes sounds transmits broadcast production scientific expression pamphlet lecture sermon dramatic dramaticomusical choreographic entertainment dumb assimilated analogous cinematography painting architecture sculpture engraving lithography photographic photography illustration map plan sketch threedimensional geography topography science performed circus performer recitations wire wireless members rebroadcast signs visual recordings fixation reproducing fixations takes label demarcate spanish nonwaivable schemes scheme waivable voluntary collecting administers 8f pursuant contributing sponsorship distort mutilate prejudicial honor reputation japan distortion mutilation referenced terminology berne september 1979 rome 1961 wipo treaty universal july 24 1971 sought lppl 19990301 base particularly tex unrelated typical pigsty 2001 y redistributed ctan archives macroslatexbaselppltxt real legaltxt carries constraints wishing check extra model impression unchanged listing complain rename renaming string error report maintained maintainers expected expect freely perhaps extensions ins fd font fonts attempts unavailable cfg easy cfgguidetex describes hence notes believe conform specifications whilst maintaining availability goal adhering suggestions portability exchangeability aspects latex3 deprecates nonstandard contributed modguidetex argument still supersede exceptional restrictive redistributor meets linguistic resources datato specially lexicons grammars prepared legible tool encrypted isolation customers reverse engineering debugging supply execution displays directing encrypt installs interfacecompatible sent utility happen contradicts libraries contradiction incompatible sharealike england wales capitalised edit legally recognised editing elements highlevel singular plural disseminate restricting treatment designs 1988 spoken disseminated recognise premises advantage monetary howsoever whenever holding 63 1999 64 submit mark profit financially investigate attempting events acknowledges corporations very facilitator openldap 201 december foundationopenldaporg wwwopenldaporg unicode v3 carefully unequivocally install parity 600 examplecomsourcecode lets contribute everything monitor gets lines accusing infringing unknowingly breaking doing learning broke lucent originate consents 3c characterization causes per se assumes knowledge originator partners facilitate potential indemnified lawsuits acts omissions alleged promptly notify cooperate negotiations participate expense might x operations hereto institutes counterclaim 2b soon elect 2a estoppel arose jury trial 19992010 andrew plotkin mentions supporting carnegie mellon return coordinator softwaredistributioncscmuedu pittsburgh pa 152133890 leave dldezero20 datenlizenz bereitgestellten metadaten kommerzielle vervielfltigt ausgedruckt prsentiert verndert bearbeitet bermittelt eigenen zusammengefhrt neuen datenstzen verbunden interne externe geschftsprozesse produkte anwendungen ffentlichen elektronischen netzwerken eingebunden germany presented altered processed transmitted merged datasets external processes nonpublic networks wwwgovdatadedldezero20 telecommunications administration ntia 105 holds unconditional acknowledgments ntias nokos 10a controlling votes affairs board exceutable differential comparisons compressed archival decompression dearchiving 22a 22b deleted 35 initially became six documenting titled obtains notifying mailing newsgroups calculated implement api disclosed 34a believes 36 3135 37 declatory participant participants prospectively agreeable past payment withdrawn expiration day device sold had 83 resolved initiation value account 84 finland settled arbitrator appointed central chamber commerce arbitration procedure helsinki utilization equitable admission igo intergovernmental established possessing personality across borders enjoy immunity igos understood activity rental lending involving 1b lasts inclusive emblem indicates reinstates cured discovering 7b seek violations determined principles conventions privileges immunities authority amicably mediation submitted nonbinding conducted proceedings uncitral arbitral tribunal consist conference submissions saxpath licensesaxpathorg pmsaxpathorg enduser wwwsaxpathorg macro sets patrick powell papowellastartcom viewable hypertext dateofsoftware consortium massachusetts institut recherche informatique automatique keio wwww3orgconsortiumlegal uris formulation w3cs active august 1998 ensures consequently older faq questions libwww amaya jigsaw sitepolicyw3org depend extreme lab pullparser indiana visit wwwextremeindianaedu wherever univeristy reassurances viruses trojan horses trap doors worms harmful scriptics activestate enhancements acquiring acquisition fars 5222719 2522277013 dfars lawrence dept energy patches imposing oclc transferable internally integrating thought parents recognize disclaimerlimitation prominently displayed modifiable online center purloclcorgoclcresearchorpl consists wwwoclcorgresearch nonmodifiable permitting sublicenseable revise enhance initiates preexist obscure transfers importexport learn redo step posting bulletin severable substitution unlawful substituted reflecting downloaded ohio conflicts ogc dateofdocument geospatial wwwogcorgogclegal 2008 provisionally permanently cessation moreover notifies proxy proxys authorizes relicensing massive multiauthor collaboration mmc server anybody wiki ccbysa attributionshare notforprofit republish operator 2009 qhull 19932003 computation visualization geometric structures geometry minnesota qhullqhullorg wwwqhullorg qhullbugqhullorg desire funded cray uunet thanks id appreciate henry spencer deems paragraphs transferred hdf5 hierarchical utilities ncsa hdf respectively suffered supercomputing illinois fortner unidata netcdf jeanloup gailly adler gzip dec lbnl deac0205ch11231 livermore deac5207na27344 llnl partially w7405eng48 doe completeness privately manufacturer recommendation favoring opinions vostrom holdings licensevostromcom labeled placing tag modifiers coming mspl cddl identifies descriptive prohibiting references differs unilaterally oct 1995 2522277014a1 sept 22772021 lieu supersedes kingdom v30 encouraged flexibly few transmit exploit parliamentary important exemptions legislation uk scotland royal arms crowned portcullis nonendorsment suggests endorses liabilities continued meanings house speaker clerk parliaments lords corporate crown subsists guidance sector framework cnri gplcompatible 161 initiatives 1895 preston white drive reston va 20191 analyze cnris ie 19952001 alternately omitting quotes persistent handle 1895221013 hdlhandlenet1895221013 prepares wants brief summary commonwealth virginia virginias nonseparable ucl10 transform arrange thereby proviso inexpensive convenient embodiments treat 1c provenance sublicensed assented assent effort undertake honoring wherein resides conducts primary penalties upper lower ways promises 2005 rosen 2017 nigel tzeng permits osl ucl osi certification sil ofl stimulate cooperative efforts communities shared improved studied bundled embedded build seen deleting substituting porting environment designer engineer writer study embed standalone humanreadable headers fields easily viewed stored differentiate advertise null saarbruecken city antlr antlrit company incorporation commerical developing etc nice mention kept enhancing completed derivates oreilly associates arbortext fujitsu walsh advancement structured oasis sdbcentmodv 20050401 210217 nwalsh exp docbook perpetuity simplified declaring referencing notations variant docbooklistsoasisopenorg wwwoasisopenorgdocbook ml jersey technologies bell labs trusted background approach unprecedented levels growth innovation demonstrate continuing commitment underlying unaffiliated originates informs onetime upfront recurring ongoing equal charging circumvent commitments suchcontributors ipissues plaza islandia york 11749 attn opensourcecacom appearing undertaking durability assumed undertakings branding wwwcacomcatrdmrkhtm 91 101 contractantes confirment quelles exige associes rediges 116 117 mips comment cmuucd 19982000 cmu cambridge broadband ltd 20012003 solaris sparta ciscobuptnic cisco beijing posts fabasoft gmbh co kg brand sciencelogic llc oar etnus cownie jcownieetnuscom readme compatibilityolddiagram compatibilityoldmaxidiagram compatibilityoldmicrodiagram compatibilityoldminidiagram compatibilityoldmultiplearrows diagramdiagram diagrammaxidiagram diagrammicrodiagram diagramminidiagram diagrammultiplearrows userguidesdiagrammodedemploi userguidesdiagramreadme guaranteed francis dot borceux uclouvain institution groupinstitution 29 2007 kinds programto denying pass explains sake attributed erroneously inside fundamentally aim systematic pattern abuse area unacceptable arise domains stand ready generalpurpose computers assures render nonfree copyrightlike semiconductor masks fashion exact earlier propagate executing propagation interaction feature presents options criterion nonsource recognized working normal window interpreter dynamically subprograms intimate flow regenerate basic affirms unnecessary anticircumvention measure article adopted effected intention nonpermissive packaged invalidate separately fixed durable spare occasionally 6b operated supports directions find hosts obligated peertopeer peers 6d separable household dwelling doubtful favor coverage actually expects industrial nonconsumer suffice functioning prevented interfered transaction characterized installed rom denied adversely affects violates documented password key unpacking removal limiting differently preservation misrepresentation declining indemnification conveys assumptions ancillary occurring propagating downstream assets subdividing merging predecessor affirmed importing denominated covenant sue knowingly relying deprive yourself benefit procuring conveyance authorizing extended discriminatory nonexercise primarily entered defenses obligate choosing closely approximates absolute civil assumption wwwgnuorglicenses terminal gui subroutine consider wwwgnuorg whynotlgplhtml let youve legalese 19911998 thomas lane nowarranty undesirable ought groups vendor ansi2knrc peter deutsch proprietor aladdin enterprises menlo park usual unix script configure autoconf distributable configguess configsub ltconfig ltmainsh installsh arithmetic coding spec atandt mitsubishi marginal gain unpatented huffman unlikely formerly gif entanglement unisys lzw altogether uncompressed gifs algorithm decoders graphics formatc compuserve gifsm deusty february agreeing cdl relatively simplicity size credited consistency safely ideal inappropriate desiring finelygrained revision expansion proper briefly summarizing evident specifying distr ibution nat ure v10 wwwopensourceapplecomcdl signifies ttyp0 glyphs renamed uw irrespective capitalisation preceded foundry lawyerclient creators considerations informational exhaustive applying cclicensed reasonfor copyrightthen regulated synched timed adapters bysa creativecommonsorgcompatiblelicenses essentially categorized 2b12 circumvented entityies granting dissemination importation nonsublicensable 6a simply 2a4 never produces connected endorsed 3a1ai indication 3a1 3a1a sharealikein 3a 2a1 supplements asavailable discovery lawfully affecting instances creativecommonsorgpolicies unauthorized cooperation defending alternate widespread become heartened servers letting accomplish facilitating leads solutions better agpl alglib abgeleitet einheitlichen ganzen eigentmliche bearbeitungen lizenzelementen bergeordneten lizenzcharakteristika verstanden ausgewhlt ausdruck erteilung nutzungsbewilligungen erlaubt gewhrte nutzungsbewilligung wiedergeben wahrnehmbarmachungen zurverfgungstellung welchem trger welcher vorbergehend dauerhaft erstmalige festhalten wahrnehmbarmachung mitteln wiederholbaren herstellen festhaltung speicherung geschtzten schalltrgers kompatible aufgelistet grundstzlich vorliegenden quivalent akzeptiert da folgende voraussetzungen erfllt enthlt ziele verfolgen gleiche bedeutung wirkungen erzeugen lizenzelemente lizenzieren unterstellten vorliegender rechtsordnungsspezifisch angepassten creativecommonslizenz denselben aufweist creativecommonsunportedlizenz beschrnkungen verwertungsrechte ausschlielichkeitsrechte rechtsinhabers lizenzierung erteilt bearbeiten wiederzugeben geltend geltendmachung smtlicher daraus resultierender dasselbe praktikabel 4c spteren rechtsordnungsspezifischen ab aufwrts kompatiblen bv lizenzbestimmungen folge leisten biiv verwendbare verwendbaren inhalte urheberschaft aller beitragenden urhebers urheberpersnlichkeitsrechte ziffer er mglichkeit ihres eintritts unterrichtet erteilte republik sterreich style problem modest hopes justify thousands billable invested opensource gpgsigned verifiable dependent thereon launched splash screen banner administrators encryption effects nvidia corporationnvidia supplies abide nvidias vocal vocalvovidaorg excess duplicated republished hardcopy selected icommons smail clarified feb landon curt noll ronald s karr wording companies mercy tell extensive nominal st yet worked often call 617 5425942 copylefted monies january 2004 wwwapacheorglicenses union transformation conversions types editorial annotations bind intentionally verbal representatives tracking managed discussing improving contributory pertain alongside submission executed deliberate grossly negligent accepting boilerplate enclosed brackets syntax easier wwwapacheorglicenseslicense20 eclipse inconsistency assign prologue listings 19982020 argonne authored il 60439 urbanachampaign resulted paidup chicago duties characteristic redistributable edinburgh v20 departmental crests integral dataset military british passport nonendorsement controller majestys stationery hmso invites bodies owning controllers ogl oglv20 compliant perl differences semblance moreorless wishes youre thinking duplication charges involved computing usenet uunetuunet executables possibly belong whomever aggregated subroutines emulate variables behavior regression tests function psf psfs 2003 2006 beopencom beopen 160 saratoga avenue 95051 wwwpythonlabscomlogoshtml 16b1 beta wwwpythonorg 1895221011 urlhdlhandlenet1895221011 cwi 090 stichting mathematisch centrum much send integrate netscape utilize phrases mozillapl mozpl npl excepting final paying auspices jamsenddispute failed revenues factors amendments communicator netscapes branded horizon lighthouse reintegrate v1 amendment v2 vi 11a wwwmozillaorgnpl slightly encountered finalizing preparing entessa openseal wwwopensealorg eplentessacom wwwentessacom inquiry secured lawful residuals payments defamation invasion wwwoseduorglicenses ecl inventor funding wwwoseduorglicensesecl20 222 distinguished typefaces adobe partial symbol bitmaps metric donated utopia regular italic bold nonsublicenseable preceeding certified solderpad 05 nonmodified fsf unregistered mask extraction net layouts cad instantiation intermediate bytecodes fpga bitstreams artwork topographies connect did attributionnoncommercialsharealike 4e 4f 4d toward filesharing trusster trust mike mintz robert ekendahl timely 26 postscriptr afm 1993 geoff kuenning granada hills confusion awful omission freer strong concept reciprocity reciprocate deploying enlarged exactly sources doesnt distinctly involve ftp distinctive releases uncovered replaces schema average successfully investigation experimentation understanding limits characteristics update dates crossreference 63a contrib month notification unable news search engine index 65 attorney 66 honored resolve naming alteration purely adjusting rpl errant virus faulttolerant manufactured hazardous environments failsafe life weapons 136 assertion respondent retroactive 130 131 132 133 subcontract 134 135 137 exporting reexporting 138 colorado american adams proceeding resolving judgement award 139 pursuit tpl wwwtechnicalpursuitcom strictly 3d slicer downloads brigham womens hospital transactions employs affiliated patient deidentified health insurance accountability hipaa contemplated prescribes nonlimiting socalled therewith brighams adhere prefaced informing sublicensees endusers reviewed food drug clinical recommended commercialization governmental orders demands judgments therefrom revoke supercede desires supplying ccopyright 19881991 postscripttm adobes contractnegligence training zpl z wwwzopecom advertised unofficial upl lrgrwrkstxt bellcore equity dedicate dedication detriment intend overt relinquishment unlicenseorg logistics 2023 wwwopenlogisticsfoundationorglicenses submits insofar nonterminable store load temporarily reproductions redesign intangible carriers aforementioned retrieval redesigned relates deriving indispensable countersuit concluded cla gift progress countless inherent intentional conduct trustees officers immaterial accurate devoid mistakes german un cisg cecill dated 20130621 discussions guiding drafting firstly broad secondly conformant torts cea cnrs inria logiciel libre commissariat lnergie atomique aux nergies establishment rue leblanc immeuble ponant 75015 paris france centre la scientifique michelange 75794 cedex domaine voluceau rocquencourt bp 78153 chesnay conditional softwares successive loading attention complicated experienced professionals indepth enabling ensured herefrom decides frequently wwwcecillinfoindexenhtml clarification capital letter annexes originating corrections supplementary spaces calling space eupl commission occurrence notably exercises hereinabove besides undertakes exploiting transferees subscribe comprises temporary storing entitlement observe determine ideas behind constituent 531 articles 532 533 534 elected ruled develops visvis staff oblige assistance incur therefor financial evidence fulfill pecuniary disturbance instituted stateoftheart verified detected drawn verifying good 92 faith 93 tacit goodfaith safe innovative 94 tacitly towards nevertheless expertise decided casebycase memorandum remained ineffective 102 excusable attributable majeure god interruptions electricity paralysis attack intervention authorities disasters water earthquakes fire explosions strikes labor unrest war occasions invoke cancels duly legislative authentic coherence periodically amicable solution disagreements failing emergency diligent sustainable nontransferable imported retroactively proprietorship vote keeper oglv30 contemplating constraint david giffin davidgiffinorg 2016 willingness 1definitions licencethis workthe worksthe define dependence classify codethe codeany meant licensorthe communicates contributorsany youany communicationany renting communicating transmitting offline functionalities disposal 2scope vested rent invented 3communication 4limitations exhaustion 5obligations heshe done hisher 6chain himher brings 7disclaimer continuously numerous finished 8disclaimer wilful misconduct 9additional conclude defining 10acceptance icon bottom affirming 11information channel 12termination 13miscellaneous reducing 14jurisdiction institutions offices agencies justice down 272 15applicable seat belgian residence epl lgpl cc qubec liliqr producing appropriation classworlds codehaus bobcodehausorg classworldscodehausorg tapr thing artifact electrical preface ohl hammer motherboard taprs unlike protects little worse patenting claiming loaded programmable copyrightoriented precedence go wwwtaprorgohl circuit shortened abbreviated contribtxt changestxt manufacturing gerber loan schematic diagrams manufacture cam charts explanatory film boards assemblies units subassemblies kits assembly zip possessor completes native cadcam unit postage anasis nonfinancial 091 portal updatesor motosotocom dutch relies repeated convenience glossary 4di satisfied select cite lic ensor 9a 9b reselle rs alphabetical reader 1a 09 wwwmotosotocomlicense wwwopensourceorg 20002001 wwwmotosotocom adaptive relied outset suppfiletxt subdirectory 118 arises certainty capture 119 patentsexcluded patentsincluded selecting rely aforesaid replacement turn abovenoted situated chooses 38 qualifies introduce increase decrease penalised 39 310 recognition money occur exceeding graphic 311 purports vary nullify amend isare diminish preparation mutatis mutandis nonperformance delays entertain injunction legality attorns elsewhere adjudge 103 104 106 headings 107 108 enter subsidiary question parent voting interests default yes answer deletes withdraws alleges invited russian x11 sergey vovk 19992000 serge winitzki 19962000 andrey chernov moscow russia attributionnoncommercial restrictionsthe rdisc legend tape 2550 garcia mountain 94043 elastic wwwelasticcolicensingelasticlicense hosted move disable naamsvermelding geen advocatenpraktijk verleent juridische diensten verspreiding van deze licentie roept relatie het leven verspreidt informatie staat niet voor inhoud verstrekte sluit aansprakelijkheid uit enigerlei schade voortvloeiend gebruik indien voorzover wet bepaalt hieronder omschreven wordt ter beschikking gesteld overeenkomstig voorwaarden publieke beschermd op grond auteursrecht naburige databankenrecht enof enige toepasselijke uitzondering toegestane enig ander toegestaan door uitoefenen verleende betrekking tot aanvaardt gaat gebruiker akkoord dien verstande dat voorhand voldoende duidelijk kenbaar te zijn ontvanger licentiegever inachtneming desbetreffende definities verzamelwerk een waarin geheel ongewijzigde vorm samen meer werken elk afzonderlijk zelfstandig vormen samengevoegd voorbeelden tijdschrift bloemlezing encyclopedie zal toepassing afgeleid worden beschouwd gebaseerd reeds bestaande vertaling muziekschikking toneelbewerking literaire bewerking verfilming geluidsopname kunstreproductie verkorte versie samenvatting muziekwerk betreft synchronisatie tijdslijnen bewegend beeld natuurlijke persoonpersonen rechtspersoonrechtspersonen volgens aanbiedtaanbieden maker rechtspersoonpersonen oorspronkelijke gemaakt heefthebben onder mede verstaan uitvoerende kunstenaar fonogramproducent omroeporganisaties zin producent databank databankenwet auteursrechtelijk beschermde aangeboden fonogram eerste vastlegging omroepprogramma zover dit krachtens jurisdictie persoon rechtspersoon ingevolge uitoefent eerder geschonden heeft uitdrukkelijke toestemming gekregen om oefenen ondanks eerdere schending beperkingen uitsluitende niets strekt ertoe beperken voortvloeien uitputting rechthebbende licentieverlening hierbij aan wereldwijde nietexclusieve navolgende vrij royaltys duur intellectuele eigendomsrechten reproduceren opnemen meerdere verzamelwerken opgenomen maken afgeleide inbegrip welke welk dan ook wijzigingen aangebracht bijvoorbeeld kan toegevoegd engels spaans vertaald geval verandering aangegeven veranderd verspreiden exemplaren openbaar tonen uitvoeren beschikbaar stellen deel opvragen hergebruiken volledigheidshalve vermeld afstand vatbare heffingsregelingen thuiskopien zich voorbehoudt dergelijke heffingen innen al middel auteursrechtenorganisatie bij zowel commercieel nietcommercieel heffingsregeling leenrechten doet collectief rechtenbeheer vergoedingen lid organisatie mag behulp thans bekende dragers tevens gerechtigd brengen noodzakelijk uitdrukkelijk voorbehouden maar beperkt artikel genoemd nationale implementatie europese databankenrichtlijn beschickt gebonden volgende uitsluitend exemplaar toe voegen toont uitvoert stelt afwijkende bieden waardoor wel mogelijkheid ontvangers sublicentie geven vermeldingen verwijzen naar uitsluiting garantie laten staan voeren technologische voorzieningen voorgaande uitmaakt houdt afgezien zelf maakt verzoek vereiste verwijderen praktisch mogelijk hij tenzij sprake auteursrechtvermeldingen wijze redelijk verhouding gebruikte naam vermelden zijnhaar pseudoniem partijen uitgeverij naamsvermeldingsgerechtigden auteursrechtvermelding algemene redelijke verplicht redelijkerwijs toepasbaar aanwezig waarvan hoort verwijst licentieinformatie betreffende overeenstemming franse scenario genoemde vereisten voldoen echter naamsvermeldingen ieder geplaatst dienen makers overige teneinde naamsvermeldingsverplichting gebruikmaking indruk wekken verband sponsorschap goedkeuring cq diens zonder afzonderlijke voorafgaande schriftelijke hierboven vermelde onderdelen geacht vallen definitie zoals omdat zij criteria moeten uitgeoefend morele verzetten tegen elke misvorming verminking aantasting nadeel zou kunnen toebrengen eer waarde hoedanigheid hem zijnde wettelijke bepaling doen vrijwaring schriftelijk overeengekomen hetzij anderszins garanties eigendomstitel verkoopbaarheid geschiktheid bepaalde doeleinden mogelijke inbreuk afwezigheid latente tekortkomingen juistheid fouten ongeacht opspoorbaarheid daarvan beperking enkele jegens bijzondere incidentele gevolgschade zelfs hoogte risico beindiging daarin vervallen automatisch moment strijd licenties rechtspersonen hebben ontvangen blijven zolang houden na artikelen onverminderd kracht verleend behoudt desalniettemin allen tijde gewijzigde licentievoorwaarden langer dergelijk besluit intrekking gevolg blijft beindigd diversen keer biedt nietig rechtens afdwingbaar zullen volledig nietige nietafdwingbare tussenkomst vervangen geldige afdwingbare waarbij doel strekking zoveel acht genomen verklaring wijziging geschieden getekend partij verantwoordelijk respectievelijk wiens vereist bevat volledige overeenkomst tussen gegeven afspraken aanvullende bepalingen mededelingen gewijzigd wederzijdse instemming merkrechten aansprakelijk gehouden derden twee volzinnen verplichtingen zichzelf beperkte iedereen erop wijzen geeft merknaam daarmee houdende merknamen gebruiken geoorloofde alsdan geldende richtlijnen bekend tijd desgevraagd merkrechtelijke u kunt successor packagestypically librariesof think strategy explanations gave relink recompiling twostep pose constant threat insist quite statically speaking fits lax disadvantages advantages rare widest defacto frequent job gnulinux protective wherewithal close difference whereas conveniently librarys table invoked operates performs meaningful compute square roots welldefined applicationsupplied optional root opt newer appeared irreversible satisfies especially threshold numerical parameters accessors small macros inline length recompile sidebyside uncombined explaining frob tweaking knobs random 1990 thats wwwgnuorgphilosophywhynotlgplhtml ecos configurable instantiate templates why contacting sourcesredhatcomecosecoslicense ecosgplcopyrightend psfragdtx complaining cern 20110708 geneva switzerland wwwohwrorg foster designers built versa sublicences secret assignment acronyms save factual personnel involvement latters renounce deutsche ministerium wissenschaft forschung nordrheinwestfalen erstellt axel metzger till jaeger rechtsfragen freien wwwifrossde prambel mehr wirtschaftsgut informationsgesellschaft frage teilhabe allgemeinheit deswegen besonderer herkmmlich lizenzierte programme vertrieben darf programm verndern weitergeben lizenzmodell synonym dagegen umfassende freiheiten umgang folgt umfassender ihren vorstellungen vernderter unvernderter verbindet rechtseinrumung allerdings zirkulieren programms verffentlichten fortentwicklungen sichern dann jedem erhlt mitliefern zugriff ermglichen weitere pflicht betrifft frei gegeben nimmt besonderen anforderungen deutschen europischen rcksicht zweisprachig gestaltet damit internationalen vertrieb ausgerichtet dokumentation beschreibung aufbaus struktur programmierung funktionalitten gesondert geschlossene angebot hierzu lizenznehmer angenommen computerprogramm rechtsinhabern verbreitet maschinenlesbare bersetzte personenkreis persnlich zugehrigkeit miteinander bereithalten datennetzen rechtsinhaber inhaber ausschlielichen menschen lesbare programmiersprache dargestellte erweiterung krzung weiterentwicklungen datentrgern vollstndiger erstellung benutzten konfigurationsdateien softwarewerkzeugen bentigten allgemein gebruchlich standardkompiler lizenzgebhrenfrei abrufbar entsprechend vernderte versionen kombination teilen hiervon programmen beim vermerke auskunft geben wahrnehmbaren wwwdfslde vollstndigen wahrnehmbarer programmstart vertragsbedingungen angezeigt ersten nutzbaren programmbestandteilen abhngig mitgeliefert mitlieferung kombiniert formal inhaltlich eigenstndig kombinierten dateien bestandteile teils enthalten programmkombination blichen hinausgehen wobei kombinierte sinnvoll nutzbar zwar entweder alleine auffassung betroffenen fachkreise fachkreisen gehren vergleichbarer funktionalitt entwickeln benutzen lizenziert genutzt sollen entfernt ersetzt derivate entsteht beurteilt lautet abgerufen wwwfsforglicensesgpl vernderten aufnehmen datum versehen erkennen bestehende bernehmen urhebervermerk hinzufgen anstelle hinweises versionskontrollsystem weiterfhren mitverbreitet einfachen entgelt verlangen schutzrecht erwerben gebrauchsmuster unvernderte wahrnehmen zustzlich geregelten codes hierfr datentrger beachtung mitverbreiten abstze vertragsschluss abschluss vertrages softwarelizenz unterbreitet anwendbaren gesetzlichen vorschriften bestimmungsgem annahme meisten rechtsordnungen ablaufen vervielfltigungen haupt arbeitsspeicher sicherungskopie fehlerberichtigung rechtmig erworbenen krperlichen ihre bestimmungsgeme absatz hinausgeht zeitpunkt rechtlich verbindlicher vertrag zugangs annahmeerklrung direkt unterlizenzierung beendigung zuwiderhandlung verpflichtungen automatischen dritter entgegenstehende haften hatten informieren fehler getroffenen existiert regelungen vertrge regelt beziehung beschrnkt freiheit kopien leistungen anspruch nehmen stehen beliebigen inhalts schlieen nachkommen beeintrchtigt berlassung weiterzugeben entscheiden wem technischer schutzmanahmen kopierschutzvorrichtungen verhindern erschweren passwortgeschtzte zugangsbeschrnkung intranet schutzmanahme angesehen deutscher englischer sprache abgefasst beide fassungen gleich verbindlich begriffe dieselbe dennoch unterschiede mageblich ziels zwecks besten einklang bringt lizenzrat neue kraft setzen zumutbar internetseite eindeutigen versionsnummer verbindliche verffentlichung rechtsbehelfe vorstehenden anwendbares deutsches anhang unterstellen empfohlen folgendem 20jj relate ritter 19942002 akinori ito 20022011 hironori sakamoto fumitoshi ukai derivations openssl toolkit wwwopensslorg opensslcoreopensslorg eric young eaycryptsoftcom tim hudson tjhcryptsoftcom ssleay ssl aheared rc4 rsa lhash youngs message startup left rouines windows apps publically 2010 2011 2012 2013 2014 2015 2018 2019 2020 2021 2022 netherlands iiv angeboteten 27 sax megginson membership xmldev bundle mirror 19980511 abandon 20000505 concerned rfc ssh shell simpl wonders noting leaving peoples announcing shoulder live perpetually helpful feel cecillc lenergie evolution carried purchasing 20060905 mslpl platform cecillb everybody acknowledged indications 535 yahoo ypl delaware 701 sunnyvale 94089 abridgement shoes forbearances furnishing determines breached yahoos effectuates delegated merger consolidation purported delegation initio neglect aswf asset benchmarking benchmark reproducibility demonstrations publications showing affiliation dbfreebsdorg postcard qsl card diane bruce va3db tidy imag naughton naughtonwindsuncom cc0 confer creator relinquish cultural reliably fear culture motivations associating affirmer voluntarily performers likeness depicted unfair competition vii contravention overtly unconditionally abandons surrenders affirmers unknown territories intending revocation rescission cancellation disrupt fallback judged ineffectiveness abandoned surrendered clearing duty iec clarifications attribute numberpublication markers sugarcrm sugar v4 spl wwwmozillaorgmplmpl11html 181 1101 multiplelicensed wwwsugarcrmcomspl powered dimensions click wwwsugarforgeorg wwwsugarcrmcom maynard foreign du liliqp prambule cette sapplique tout distribu titulaire droit dauteur prcise quil est sujet termes ciaprs appele dfinitions dans prsente moins contexte nindique sens diffrent entend par concdant sur ou toute personne dment autorise ce dernier accorder contributeur soumettre au une sa incorpore considr comme partie soumis destin tre incorpor fait dlivrer copie licenci qui possde exerce droits concds uvre protge telle quun dordinateur pour laquelle prcis quelle sujette driv ralis autre modifi produit reproduit totalit importante lun fichiers encore nouveau fichier sous rserve accorde redevances lui permettant dexercer suivants produire reproduire excuter reprsenter publier souslicencier approuve certifie lopen sans limite territoriale temps lexercice complet ces lequel doit forme dy apporter peut aussi distribuer accompagn dune offre frais supplmentaires autres ceux raisonnables afin permettre livraison valide pendant dure raisonnable dun respecter suivantes exemplaire si t faire prfrence chacun modifis permet tiquettes faisant tat marques paternit concernant ne doivent pas supprimes inapplicables donn entente distincte soumise sera naccorde aucune particulire permettrait dutiliser celle requise didentifier sauf contraire distribue risques prils lacqureur assurer puisse rpondre besoin particulier donner rsultat quelconque lier manire rien nempche doffrir dexclure responsabilit responsable prjudice rsultant accords saurait tenu dommages subis quelque soit lien avec sont rsiliation automatiquement rsilie ds exercs conformment stipuls toutefois dfaut corrig dlai jours prise connaissance sagit premier subsquent consentement exprs ncessaire partags ses ayants dsigne peuvent diffuser rvises chaque recevra numro dj spcifique cest seulement liera choisir concder actuelle ultrieure auquel cas divers mesure ministre organisme morale crs vertu loi lassemble rgie contestation tribunaux seront seuls comptents particulires modifie nom rfrence chant ayant retire caldera 16bit pdp11 cpu early 32bit 32v bit salyzyn encumberances derivitives nichtkommerziell rechtsanwaltsgesellschaft lizenzentwurfes erbringt ihrem urheberrechtlich geschtzte unten beschrieben einschlgige hier beschriebenen voraussetzungein werkes unabhngigen elementen darunter angeordnet hilfe elektronischer datenbankwerke ausbt verletzt schutzgegenstandwird schutzobjekt geschaffen urheberrechtlichen ausgabe nachgelassenen datenbank funksendung laufbild ausbenden knstlers lsst urheberrechtsaus erschpfungsgrundsatz lizenzvertrages lizenzgebhrenfreies unbeschrnktes verwerten auszustellen vorzutragen aufzufhren vorzufhren senden funksendungen zugnglichmachungen aufzunehmen lichtbilder weiterzusenden umzugestalten ausgebt beinhalten vernderungen wahrzunehmen dateiformate schutzgegenstandvervielfltigen ndern keinen zugang kontrollieren widerspruch jeglichen aufforderung dieselben vorhergehenden satz erfordern hauptschlich geschftlichen vorteil vertraglich geschuldete geldwerte abzielt vertragliche verpflichtung geschftlicher zahlung schutzgegenstnde geleistet urhebervermerke rechtsinhaberschaft vorgenommenen anerkennen nennen vernnftigerweise durchfhrbaren verbindende geschehen eingegangen franzsische drehbuch beruht gleicher stelle aufflliger vergleichbare obwohl gemss grenze persnlichkeitsrechten knstler berechtigte interessen ansehen ruf gefhrdet gesetzlich anderweitig vereinbart erteilten auer mangelhaften lieferung verkrperungen regelung grobe vertragsende enden vorausgesetzt erfllen vertragsbeendigung unbegrenzte beenden endet schlussbestimmungen erwerber denen berhrt unwirksamen tritt ersatzregelung angestrebten nchsten kommt nichts dahingehend ausgelegt vertragsverletzung lange verzichtenden zustimmenden vertragspartei unterschrieben hinsichtlich gibt ergnzenden mndlichen zustzlichen absprache knnten bereinstimmende abgendert haftbar ungeachtet zwei lizensgebers ausser beschrnkten lizensiert kenie hnliche genehmigung gestattete breeinstimmung gltigen marken count avertissement concertation entre auteurs deux grands principes prside rdaction conformit franais tant civile proprit intellectuelle titulaires patrimoniaux dautre diffusion logiciels libres accs tendus confrs utilisateurs cecill1 tablissement caractre industriel sige situ 3133 fdration 75752 technologique preambule lobjectif confrer libert rgi cadre modle liberts assorti certains devoirs prserver statut cours ultrieures laccessibilit dcoulent contrepartie noffrir quune peser lauteur concdants successifs restreinte cet gard lattention lutilisateur attire associs chargement lutilisation etou dveloppement spcificit rendre complexe manipuler donc dveloppeurs professionnels avertis possdant connaissances informatiques approfondies invits charger tester ladquation leurs besoins dassurer scurit systmes donnes gnralement lutiliser lexploiter mme diffus librement conserver ltat ajout ni suppression susceptible sappliquer dcide lexploitation dispositions contient 1er lorsquils crits lettre capitale auront signification suivante ventuelles postrieures objet leur lacceptation premire lensemble lignes laccs vue modifier binaires issus dtenteur licencis auteur dau physique distribuant traductions nouvelles fonctionnalits intgres ainsi statiques ensemble compris fois compil excutable raliser fournis dynamique cr indpendant tel excutables indpendants sexcutent espace dadressage appelant lautre excution statique li rendant dpendant regroups seul collectivement sentendent singulier pluriel concession transfrable mondiale dfinie larticle portant acceptation rpute acquise faits moyen notamment tlchargement partir serveur distant exercice contenant relatif spcificits expriments mis disposition pralablement son ci dessus reconnat avoir pris entree vigueur duree 41entree produira effets lgale etendue concedes concde accepte toutes destinations dtailles ailleurs titre gracieux dexploitation brevets dtient implmentes dutilisation autoris utiliser quant domaines dapplication cela comporte permanente provisoire laffichage lexcution stockage possibilit observer tudier fonctionnement dterminer ides nimporte quel lment ceci lorsque effectue opration daffichage dexcution deffectuer dapporter traduire dadapter darranger mentionner faon explicite quauteur cration celleci transmettre communiquer mettre onreux gratuit exemplaires procd redistribuer conformes respecte accompagne prvue redistribu permette futurs daccder facilement indiquant modalits daccs entendu cot additionnel dacquisition devra excder transfert apporte alors soumises lintgralit dynamiques dvelopp sappliquent compatibilite intgr intgre propriete utilisation lesquelles choisi nul facult sengage maintenir vise attachs dsign lgislation reste choix rgissant communes 641 expressment supprimer apposes lidentique lesdites 642 porter atteinte directement indirectement contributeurs prendre lgard mesures ncessaires dits noblige aucun ralisation prestations dassistance cependant proposer dtermins acte spar actes nengageront seule propose nengagera lors souhaite financires feront lobjet responsabilite nexcute mises prouver faute concern solliciter rparation subit apportera preuve engagements raison notammenti dus linexcution totale partielle directs indirects dcoulant lorsquil professionnel utilisant fins professionnelles conviennent financier exemple perte bnfices clientle commandes manque gagner trouble dirige contre constitue dommage nouvre actuel scientifiques techniques mise circulation vrifier utilisations dtecter lexistence dventuels dfauts point rservs relve contrler moyens bon sassurer causera personnes biens dclare bonne foi comprenant viss fourni expresse tacite valeur commerciale scuris innovant garantit derreur fonctionnera lquipement logicielle remplira porte brevet exclut contrefaon pourraient diligentes nanmoins telles exerces aide juridique dfense dtermine protocole daccord dgage dnomination nest antrieurs marque resiliation manquement pourra rsilier plein trente aprs adresse effet rsili aura concdes antrieurement resteront valides aient effectues diverses exterieure retard dfaillance serait fortuit extrieure mauvais rseau lectrique tlcommunication paralysie lie attaque lintervention autorits gouvernementales catastrophes naturelles dgts eaux tremblements terre feu grves conflits sociaux guerre lune domettre plusieurs prvaloir impliquer renonciation intresse sen ultrieurement annule remplace antrieure crite orale laccord entier naura deffet dtre faite crit signe reprsentants habilits lhypothse savrerait texte existants prvaudrait feraient amendements conformer nullit entraner langue rdig franaise anglaise divergence dinterprtation copier cohrence protg lesquels rservent priodiquement jour possderont chacune susceptibles compte problmatiques rencontres donne postrieure competence tenter rgler lamiable diffrends litiges viendraient loccasion amiable mois compter survenance procdure durgence diligente devant ll 21062004 openvision ouverte avril rutilisation rutilisateur exclusif commerciales monde illimite exprimes cidessous rutiliser ladapter lextraire transformer crer informations drives produits combinant dautres lincluant propre dernire rutilise sacquitter renvoyant hypertexte vers linformation assurant xxx originales tlcharges wwwdatagouvfrfrdatasetsxxx fvrier confre officiel suggrer reconnaissance caution entit publique contenir pouvant informe prsence lgal garanti ventuels dtenus obstacle cessibles cde dfinies produite reue celles prvues labsence derreurs ventuellement contenues fourniture sorte caus induire erreur contenu compatibilit conue quavec royaumeuni ccby odcby considrs figurant communiqus publis mentionne alina l3002 crpa selon elle rapportant identifie subordonne nouvelle cres combinaison identifis tels voisins producteurs bases propos vocation utilise administrations publiques galement souhaitant dote global visant spontane relations ladministration facilite gratuite figure parmi utilises dcret l3232 etalab mission lautorit douvrir grand nombre letat tablissements publics faciliter l3211 rutilisateurs pourront continuer quils obtenues sils souhaitent rechteeinrumung vorrangig nichtkommerzielle noncommercialoption berlassen etwa wege definierten zwecke sam leffler silicon bsd4clauseshortened 19891992 bitstream propriety charter r outline courier wwwapacheorg apacheapacheorg touch mislead misrepresent ec verb aligned interoperable 304918241924202102 uriuniform 1234uriuriuri5 1249 creativecommonsorgwwwcreativecommonsjp bittorrent josl 4fiii dropped 4ci superior wwwbittorrentcomlicense vancouver asndtriumfca purposepersonal commercialas citations links lzma sdk igor pavlov ppmd varh dmitry shkarin sha256 wei dai crypto languages substantive ported australia encyclopaedia reproduces dramatisation falsely subjectmatter cinematograph television noderivatives record australian false honour corruption anticipated savings implies partly repaired again south 19862002 jonathan payne jove jovehacks holdersauthorslicensor hippocratic clarity complied declaration compact controversy determination hague arbitrators admitted transcripts hearings decisions awards tribunals powers safeguard 266 harmed deficiencies settlements fines illegal illegality ethicalsourcedev 1984 eye ntp trademarkedname amazon ian darwin 1994 christos zoulas exported planet transitive grace tgppl zooko wilcoxohearn partage initiales cabinet davocats fournit conseil cre contrattype fin dinformation prjudices loeuvre appel dnomm ici cpcc littraire artistique autrement quexplicitement interdite vaut celuici offrante acceptante prsents lacceptant oeuvre lesprit protgeable dite intgrale assemble collectif ellesmmes oeuvres spares indpendantes dites collectives priodiques encyclopdies autorisation considre prexistantes musicaux thtrales littraires cinmatographiques enregistrements sonores rsums remanie transforme adapte lexception musicale enregistrement sonore synchronisation anime physiques offrant morales proposent acceptant viol pralable reu lautorisation loffrant malgr prcdente attributs gnriques choisis indiqus exclusifs rduire limiter restreindre prrogatives lpuisement lois applicables dfinis incorporer quincorpore prsenter phonogrammes extraire substantielles mentionns cidessus mdias procds incluent techniquement autoriss naurait gestion demeure rserv mcanismes obligatoire dcrits assujettie voie numrique uniquement inclure ladresse identifiant uniforme ressource reprsente communique offrir imposer altrent restreignent bnficiaire cder intactes renvoient lexonration contrle contradictoire contractuel mais dehors ellemme soumettent demande retirer demand mmes japon dcrit lavertissement exercer lintention dobtenir financire personnelle lchange protges lectronique paiement nintervient doeuvres rgime attribuer mdium utilis ventuel pseudonyme indiqu originale existe spcifi associ renvoie lgales indiquer lments traduction scnario bas dattribution excutes apparatre apparaissent collecter lintermdiaire socit perception rpartition comptente radiodiffusion retransmission cble satellite prive vidogrammes reprographie exonration mettant qu limites enqute obtenu pouvoir autoriser jouissance paisible licite nait verser rmunration constitutive diffamation vie dlictuel tierce situations mentionnes exiges daucune lexactitude dordre rparations thorie daucun matriel avait entrane conserve envers respectent pleinement continuent indiques dexploiter contractuelles diffrentes cesser recours conduire continuera jusqu intervienne dcrites identiques linapplicabilit naffecte additionnelle devront interprtes validit applicabilit nexiste annexe supplmentaire mandat pourrait mutuel noffre dcline fondement subi surviendrait rapport sest identifi jouira informer nutilisera affrent directrices disponibles attitude loin dignorer reformule principe cratif dart lusage conduit favoriser dautoriser ressources multiplier rjouissances amplifier possibilits linvention linternet apparu lamplification expriment dartistes contemporains savoir demeurer vritablement dire rester fondamentale concrte dcouvrir linconnu inventer rel avant souci ralisme lart confondu fini dfini essentielle promouvoir protger pratiques artistiques seules rgles lconomie commune comprend originelle originaux consquents linitiative originel dfinit faites cestdire linitiateur vont consquentes propositions contribuent dfinition partition actualisations interprtations lorigine arborescence travail contribue consquente dfinir vous pouvez jouir ltendue indique vos avez amis employe dinterprter reprsentation respectez joindre prcisment trouve destinataire originels loriginal partielles lincorporation pourquoi permis dintgrer nier votre choisissant contribuer lvolution acceptez prend acception perdez tes rgulirement amlioration acteurs mouvement numrotes toujours contenter souslicences autorises bnficier conformity userrights counterpart manipulate static dynamic interdependent exploitation unrestrictedly establish unhindered affixed knowhow faults blocking settle outofcourt 10262004 gcc bsdstyle hdparm lord mlordpoboxcom warning retrieving kerberos retrieve donation underscores gratitude valuable 1g netizen leds pty nosl xen victoria hearing appeals netizencomaulicensesnopl ps 19911995 angus duggan makefilemsc makefilent makefileos2 makefileunix configh descripmms epsffitc epsffitman extractresman extractrespl fixdlsrpsman fixdlsrpspl fixfmpsman fixfmpspl fixmacpsman fixmacpspl fixpsditpsman fixpsditpspl fixpsppsman fixpsppspl fixscribepsman fixscribepspl fixtppsman fixtppspl fixwfwpsman fixwfwpspl fixwppsman fixwppspl fixwwpsman fixwwpspl getafm getafmman includeresman includerespl maketext patchlevh psbookc psbookman pserrorc pserrorh psmergeman psmergepl psnupc psnupman psresizec psresizeman psselectc psselectman psspecc psspech pstopsc pstopsman psutilc psutilh showchar forprofit larry walls task basically mind originals ampas dldeby20 sicherzustellen quellenvermerk bereitstellers magabe vermerk verweis lizenztext wwwgovdatadedldeby20 datensatz datenhaltende bereitstellt gestaltungen gendert fulfils annotation keeping xdebug php 301 derickxdebugorg derick rethans xdebugorg team kuratorium offis ev healthcare escherweg d26121 oldenburg diseases vim maintainer asks negotiable negotiation bram moolenaar bramvimorg announced vimsfnet wwwvimorg compeditors him ceases confirmed diff command intro 2e himself uploading emailing makefile maintainervimorg came sunsoft okay top man adds icu implementors starting arphic 11fl no168 yung chi rd taipei taiwan encourages truetype ar pl mingti2l big5 kaitim sungtil gb glyph reordering converting addingdeleting characters infrom arphicpltxt copyrightt pythonldap pythonstyle ubuntu vehicle dissimilar comparing machine distinguish appended gl2ps 20198 licensecosclorgcnmulanpsl mulan psl licenseversion comprised assignee cross suggested fill blanks annotated 221 goes transforming blur distinction usually treats blurred weaker achieved faster libpng discrepancy pngh 145 20062010 glenn randerspehrson libpng125 cosmin truta simonpierre cadieux raymond gilles vollant 097 tom willem schaik 089 096 1997 libpng088 john bowler kevin bracey bushell magnus holmgren greg roelofs tanner 088 andreas dilger dave martindale guy schalnat paul schmidt wegner pnggetcopyright printfspnggetcopyrightnull pngbarpng pngbarjpg 88x31 pngnowpng 98x31 glennrp userssourceforgenet scott bilas groupphpnet foo phpfoo wwwphpnetsoftware wwwphpnet zend wwwzendcom byncsa sax2 davidmegginsoncom licensev prescribed seq 20032004 wu chain 238 establishing ossp var variable wwwossporgpkglibvar inner 200 json evil synthesis stk canonical openbsd freeimage descr ibe licenseprovided floris berg fipl almelo homewxsnlflvdbergfreeimagelicensetxt rpl15 prefer fairness grew loopholes derive enabled occurred struck consistently finding fuel essence schemas theyre halves clientserver pie isolated slice uservisible weblogs post queries delineates standardization 1986 conforming iso 8879 nonprofit 17d declares derives stricken tatu implying restrictively licenced talks openssh deprecated gmp bn zlib makesshknownhosts tss md5 arc4 blowfish bookstore wwwcshutficrypto noncopyrightable unrar rar portable alexander roshal winrar archiver recreate compression misusing thank esapl weak v24 esa sec esas 321 322 323 interfacing 324 separated obliged carrying changelog mandatory deception fraudulent unaffected knowing expose convention1 cologne statecountry registering austria belgium czech republic denmark estonia greece hungary ireland italy luxembourg norway poland portugal romania spain sweden boolean redwood symbols ontario majesty queen rsc 1985 p21 versioning michigan merit 1992 tmate svnkit externallymaintained ganymed classes orgtigrissubversionjavahl svnclient javahllicense explictly supportsvnkitcom wordnet princeton merchant epics unbundled repthat warned hp flex originated vern paxson deac0376sf00098 universitys flexskl scanner scanners yyyy q machineexecutable reusable invariable makefilein publiclyaccessible anonymously selfcontained quarter surround around infozip bush karl davis harald denker jeanmichel dubois hunter goatley ed gordon gorman chris herborth dirk haase hartwig heath kienitz kirschbaum johnny lee onno linden mandrichenko steve p miller sergio monesi keith owens george petrov kai uwe rommel salisbury smith steven schweda christian spieler antoine verheijen behren rich unzipsfx sfxwiz selfextracting sfx disabled versionsincluding infozipmust releasesincluding labeling variation capitalizations pocket unzip wiz maczip misrepresentative zipbugs urls acpi 19992005 corp intels exports reexports destination exportreexport libselinux nsa allocation path mariadb nonproduction fourth purchase covenants imagemagick imagemagickoriginated studio feedback dvd classification wwwimagemagickorgscriptlicensephp mmixware uncorrupted everywhere cweb minor master supposed tried reproduct spread programmers arguable idealogical metallic proposed tcpip illustrates universally rapid jure models proliferation success gpltainted tainted difficult inevitable guard gpltaint imagine closedsource rise gpllicensed competitor existed nonclosed settings closed confused 54 outcome 051 bsd4clause californiaspecific grounds wxwindows misleading adjust pick favourite wwwopensourceorglicensesalphabetical lutris statutes opensourceorg openpl opl preeminence opl10txt conflicting lowernumbered superseded blank try simplest humanity 19yy 675 mass ave 02139 19xx assemblers freetype 2006jan27 makefiles creditdisclaimer wwwfreetypeorg turner wilhelm werner lemberg alpha ftltxt contacts freetypenongnuorg discusses wanted looking havent freetypedevelnongnuorg internals home donations filepath advertisement additionally proof whois registrar complye advising outlined osl30 jorn lindnielsen cpal socialtext organizer initiating session login dedicated screens meeting requirednot reflected apsl apples 5000 mac os quicktime streaming wwwapplecomlegalguidelinesfor3rdpartieshtml 135b 19992007 wwwopensourceapplecomapsl minpack directories wwwunicodeorgpublic wwwunicodeorgreports wwwunicodeorgcldrdata incs incorrect outofdate level professionally formatted unaccompanied zugehrigen dokumentationsdateien hiermit kostenlos einschrnkung kopieren zusammenfhren verteilen verkaufen gestatten obige urheberrechtshinweis genehmigungshinweis wesentlichen urheberrechtsinhaber unbeschrnkt arglistiger tuschung leib leben ausgeschlossen fahrlssiger erfllung wesentlich durchfhrung kardinalpflicht hhe begrenzt schaden typisch vorstehende mitarbeiter vertreter organe cube game relicensed 19990710 texrelated recommendations considering superseding nowhere bears forbidding eight borne filename reporting locator wise accident forget violating altering paths motivation discussion constrained pigdtx wwwlatexprojectorglppltxt 19990601 pigins manifesttxt unequivocal comprise bearing categories category norwegian nlod stipulated addressing neighbouring chapter photographs whereby disperse contexts today legitimate sensitive entail impediment commits practically cf distorted relevance accessibility issuing regarded indicative navngivelse norge ministry modernisation pursue venues freebsd rtf dtds converted ieee std 10031 posix electronics engineers reprint reprinted 20012004 referee wwwopengrouporgmembershipforumsplatformunix torque v25 emailed torqueuserssuperclusterorg wwwsuperclusterorgmailmanlistinfotorqueusers moab torquesupportadaptivecomputingcom phone 801 7173700 wwwadaptivecomputingcom wwwclusterresourcescom locations1 openpbs ames veridian wwwclusterresourcescomproducts utah v23 wwwpbsworkscomreslibsearchresultaspxkeywordsopenpbsandindustryallandpro ductserviceallandcategoryfree20software20downloadsandorderbytitle incorporatedr macromedia suppliers mtl dresden simunova ug haftungsbeschrnkt wwwsimunovacom gottschling lumsdaine matrix template tud iu notre dame pervasive advanced 1100 waterway blvd indianapolis 46202 3172745905 3172745902 clea rees 20081130 dean guenther pointers janene winter ftpuunet copyfree privilege assembler henceforth inferred fastcgi cuda capitalized cudas 312 52data 55 figures papers artificial intelligence trained 56 hewlettpackard cornell minecraft mod denotes mojang interacts decompile wider dependency dependencies explicitely implicitely prerequisite fundamental misuse mad decompiled derivation instanciate objects calls totality mmpl mods modloader modloadermp bukkit networking snia wwwsniaorgsmideveloperscim wwwsniaorgsmidevelopersopensource batch pbs wwwopenpbsorg 650 9674675 salesopenpbsorg 877 9024pbs tollfree registration wwwopenpbsorgcredithtml onward mackerras paulusozlabsorg ntp0 4digityear copyrightholdersname nicta ict nictas frameworx committed belief empowered productive objective innovations communityto beliefs objectives 1definitionsthe archived reconstituted valueadded feebased softwarerelated consulting outsourced networkbased favorable commensurate frameworxcommunityinvitationhtml theframeworxlicensetxt viewer thereunder inspection wwwframeworxcom distributee distributees sublicensee companys facilitated evidenced jpython 11x 19961999 1895221006 hdlhandlenet1895221006 jpythonbased remedied remediable sixtyday retrieved 211 2111 2112 212 213 2131 2132 2133 noticesmd pull repositorys implementers 214 defensive 215 nondiscriminatory implementing withdrawal encumbrance deliverable adoption antitrust imperative engaging competitive deliverables announce generality pricing channels markets topic discussed competitors noncircumvention willfully circumventing implementer transferee knows consultant governancemd entering 95 96 commenting 97 pending unpublished 98 implements 99 910 911 912 913 scopemd 914 creativecommonsorglicensesby40 ccby40 notation nugent attributionnoncommercialnoderivs 8e smaller chose marketing furthermore cybersafe 20022007 charlie poole 20022004 newkirk michael alexei vorontsov 20002002 philip craig conceivable 7miscellaneous yours undump unexec comparably 15091992 adhered publicationlicensed citation outer surfaces cited possessive designee goodpractice strongly manuscript freeze attachment appending substantively semantic typographical worksopencontentorg wiley opalopencontentorg opalrequestopencontentorg reply unsubscribe variants noncopyleft pretty scaleddown ix 1968 cth 1974 territory trading 5a domestic waivers reexported embargoed cuba iraq libya north korea iran syria sudan afghanistan doctrines equivalents defendant construe mozillaorgmpl20 desirable nethack stephenson richard stallman ahead farther oset osdv redistributes wwwosetfoundationorgpubliclicense 1x 351 352 60days 30days injunctive relief willful unjust enrichment sovereign 931 adjudication 932 933 supremacy v21 osetpl21 mauldin recreational anonymous supplemented subclass minimal recombine recombining relinking 4d0 4d1 side wwwmozillaorgmpl allegro giftware hack addon improvement generosity shawn hargreaves beerware phkfreebsdorg stuff worth buy beer poulhenning kamp texttabs alv2 fsl11alv2 slovenia volitional cascade frres montgolfier 78280 guyancourt debug circulate schedule matra eads datavision opencascadecom opencascadeorg 152 151 153 simplifie head sas interbase borland isc ib wwwinterbasecomiplhtml borlandinprise java javascript ii1 ii2 ii3 micro amd oslo 1635 libpng106 mans rullgard yu mandar sahastrabuddhe google vadim barkov configuregenerated libpng096 mechanisms implimentation w3works inculdes wwww3workscom derrivations retainl systemics wwwsystemicscom untied lamiral billais 35580 baulon v12 20130906 masculine gender feminine neuter genders abstraction abbreviations sgi osssgicomprojectsfreeb happens anyoneanything fuck zimbra vmware 3401 hillview 94304 vmwares ssection oracle omitted crystal stacker newcreature gaurantees usability refuse softsurfer imagined currentness sum 030 20130516 gitoriousorgcopyleftnext sfl imatix 19912000 wwwimatixcom rewrite obviously followsparts associate lies 13a 20041001 suns nfs transformations nominated nomination interpreting latexformat exemption unambiguously detailing log relax honors aggregating authormaintained unmaintained reached trace successful enquire unsuccessful resume comptexttex reachable challenged unreachable unambiguous significantly implications 20031201 conjectures lal uvres quels genre dexpression rgle gnrale lapplication favorise davoir reconnaissant responsabilits dinternet volu soffrent naturellement elles prtent favorablement duvres augmenter lavantage dusage interdiction dappropriation nous dsignons autant luvre initiale participent prsentent interprter vtre initiaux donnant constituer confres lintgration anthologie intgration indpendamment critres lucratives quimpose antrieures quand rciprocit rpondant poss intellectuels autorisations accordes nentranent dessaisissement implique propres rdige symlinks predates fad clarify myself detect missingobsolete symlink targets distro gold discs sees 8aggregation afl automatrix bioreason mojam texas zimbras dallas gay odc audiovisual collected methodical transposed reutilisation extracting reutilising query contracting insubstantial varies tables indexes entry sheets endeavour accesses exposed subsist nonelectronic teaching reutilise evaluated quantitatively qualitatively custom proved 60th stopping attributionnoderivatives readmes wwww3orgconsortiumlegal2002copyrightsoftware20021231 removes reflects ercim host ambiguous assessment osis ihne softwareasaservice 2025 solar openwallcom 19982014 theres loop 16172531000 symbolics cloe minima genera zetalisp executive east burlington 01803 16172211000 5222719c2 subparagraph c1ii contractormanufacturer shoreline 940397311 opengltm sourceicuprojectorgreposicu wwwunicodeorgutilitytracbrowser encourge polyform polyformprojectorglicensessmallbusiness100 licensedistributionlicense licensechangesandnewworkslicense plaintext examplecom 1000000 usd tax inflation bureau statistics urban consumers seasonally adjusted 19821984100 nonetheless southern ksu aunder gridenginesunsourcenetlicensehtml grid versiondependent gridengine gridenginesunsource attributionnoderivsnoncommercial ipa newly pictures tv broadcasting lease presentation exhibition extracts rendering setting respond inquiries conducting discloses operability benson yinyu ye stanford bensonmcsanlgov yinyuyestanfordedu idaho forte rcipiendaire assumer lobligation troisime combin assujetti niveau celui moindre cpl10 cecill21 epl10 gplv2 gplv3 ross beresford 19931999 cryptics dictionary club beihang ucar ncars wwwcislucaredu atmospheric sponsors oak blueoakcouncilorglicense100 noticesnotices messaging smp acl cml bae governmentdepartment defensenational agencyoffice requesting voided snacc esnacc abstract asn1 encode decode securityrelated gsoap 13b mpl11 21cd 22cd 82b soapcpp2 wsdl2h gsoapsrc gsoapwsdl uddi gsoapuddi2 sampleswebserver wwwgeniviacom labels foreseen impairment lifecritical malfunctioning wwwcsfsuedu engelensoaplicensehtml stdsoaph stdsoap2h stdsoapc stdsoap2c stdsoapcpp stdsoap2cpp soapcpp2h soapcpp2c soapcpp2lexl soapcpp2yaccy error2h error2c symbol2c init2c soapdoc2html soapdoc2pdf httpgeth httpgetc stlh stldequeh stllisth stlvectorh stlseth engelen genivia 20012009 blamed buildable buyer warrantee rests tm servicemarks sm wwwzopecommarks declarations 19982007 mielke markmielkecc ntt generating sh gmv spreading spanishlanguage backbenefits mainstream julio sanchez jose manas kindly texgmves lack hear accomplishes automation monitoring backup hosting mongodb weitergehende untersagt lars fenneberg thor 01 richter gover californian specificlanguage xerox forbes 2684387 2687395 techtransferandrewcmuedu wwwcmueducomputing licensezendcom messagedigest wietse venema eindhoven lucida bigelow holmes icons possessors accommodate validated bitmapped severally 19990903 necessitated target 19991201 jim knoble jmknoblepoboxcom commutative diagram xypic barr barrbarrsorg examination 209 amstex weakly cernohlp ohlw cernohls cernohlw subassembly prospective sourced 33b interfaced visibly securely testing subsections initiated considers cernohl 85 breaches repeat 86 1252000 heading stores manage 21v protections 21ii 21i retention noticecopy derogation sgis promotion contributorily learns nearly residents 1600 ampitheatre parkway 940431351 multics bull hn laboratories electric honeywell groupe 19631970 mid 1970s leadership professor fernando corbato managing 1975 europe grantedprovided tektronix systemspecific xcms tekcolor color tekhvc designates 4985853 colorhandling cooordinates coordinates mathematical pathways floating integer gd oversights pierrea joye pleased cold spring harbor p41rr02188 boutellcom gd2 warner gdttfc ellson ellsongraphvizorg gdftc pierrealain pierrelibgdorg quantization doug becker readmejpegtxt jef poskanzer rowley thread safety boutell koblas wbmp maurice szmurlo johan brande animations jaakko hyvtti jaakkohyvattiikifi useraccessible hutchison biotechnology medicine nlm attributionnoncommercialnoderivatives sendmail proofpoint 892 sendmaillicenseproofpointcom compilable linkable 823 20140126 201001 1398481 wwwgnuorglicensesgccexceptionhtml nongpl processor loader linker phase nonintermediate humanwritten byte generators preprocessors nongplcompatible optimize formed weakening presumption postscriptand haskell acetm taotm ciaotm dancetm cosmictm doc douglas irvine vanderbilt 19932009 distributeperpetually irrevocablythe misappropriate copyrighting neednt stories ace tao ciao dance cosmic isis louis submitter students y2kcompliant daylight congress dst expand timedate calendaring upgrade baekmuk batang dotum gulim headline kim jeonghwan eu datagrid wwweudatagridorg edg hepprojectgridedglicensecernch featuresfunctionality contemporaneously condor 6x sciences wisconsinmadison wisconsin wwwcondorprojectorg obtainable condoradmincswiscedu hereunderif criminal miron livny 7367 1210 dayton madison wi 537061685 mironcswiscedu pagescswiscedumironmironhtml ledger deter wrong rsv valley 2882 sand hill road 940257022 341 342 theterms rsvs thousand nucler aviation transit medical inherently dangerous catastrophic destruction wwwrisourceorgrpl 19951999 stylesheet strings xsl stylesheets ndwnwalshcom docbookdeveloperssfnet glwtgood luck clue track blame godspeed dedicator certifier certifies dedicates dedicators recognizes shield intends contingent exploited conceived universidad palermo argentina wwwpalermoedu sleepycat 19901999 db harvard detection drl authorss bellow jpnic japanese kokusaikougyoukanda bldg 6f 234 uchikanda chiyodaku tokyo 1010047 swsoft ver restrictionssubject amongyou 19992001 wwwapplecompublicsource mpeg simulation statuary copyrightholder mpeg1 mpeg2 unavoidable inferno nettverk aswell sdcinetno gaustadallen no0349 papersize documentclass feed cpandavesharnofforg 191999 announces allegedly accurately submitting wwwapplecompublicsourcemodificationshtml procure suspend lifts suspension lift suspends negotiating boost 17th thirdparties summarizes xy arbitrary suffix padl fraunhofer fdk aac codec android encoding decoding aacs heaac efficient perceptual codecs aaceld bestperforming fullbandwidth studies standardized wwwvialicensingcom streams isoiec manufacturers commerciallylicensed floatingpoint circuits iis multimedia departments wolfsmantel 91058 erlangen wwwiisfraunhoferdeamm amminfoiisfraunhoferde cpol magazine whitepapers usefair repost leased rented immoral improper bugfree khronos normative wwwkhronosorgregistry fromout bzip2 libbzip2 19962007 julian seward patented 19962010 jsewardbziporg bzip2libbzip2 ouda oudas telegraph flaws got duplicating reused domainthis worry really bola buena onda volunteer neighbour waste nonrenewable discover invent tolerant davies complaints forwarded jimdaviescomlaboxacuk zedcspsty copyingplain plainenglish explanation hats sourcewarecygnuscomecos rhepl wwwredhatcom cve exposures mitres designation astronomy astronomical sofa iau routines computations descriptions prefix trivial definitive discouraged variations explained disrepute tasks wwwiausofaorg correspondence sofaukhogovuk hm nautical almanac hydrographic admiralty taunton somerset ta1 2dn blessing forgiveness forgive enumeration capec cua cuapl cuaofficesourceforgenet polyformprojectorglicensesnoncommercial100 experiment hobby amateur pursuits religious observance charitable xfree86 wwwxfree86org paratype pt serif mono embedding bundling inserted 104727 datagovtwlicense outreaching efficacy governmentowned obstacles qualified pure recite formality declared compensations unpredictable jeopardize sanction correcting encounters wrongfully reimbursement wrongful misconducting damaged disbursed china organizationagency licensedatagovtwlicense odbl mainly uniformly clarifies authorise 46 47 474 authenticated wwwsuncom widget workshop resale establishes bytecode forfeit tradename freeofcharge suprieur cddl10 lgplv21 lgplv3 mpl20 700 artless usca githubcomlicensezerolicensezerocom builds cant wont contributecontribute prototypes 100blueoakcouncilorglicense100 20wwwapacheorglicenseslicense20html licensespdxorglicensesmithtml twoclause licensespdxorglicensesbsd2clausehtml copyleftcopyleft panagiotis tsirigotis extant numbernumbernumber 2187current 19982001 rob braun sensor 2189pre14a grubb exerpt recieved xinetd 2n 230 218 anetscape netcenter gecko smart browsing 19981999 generalized sgmlug eliminated aid downtime deficiency db4upgradexsl 8905 20100912 114707z bobstayton far52227 dfars252227 detrimental munitions re nationals proposals writings reformation austin scea sony contributorsauthors welcomes optimizations donate foreseeable unforeseeable govermental adjudicate mateo researchsceacomsceasharedsourcelicensehtml standardsbased buyers adequate conformance reduced investments platforms middleware greatly reduces multiplatform increases satisfaction keeps highly measurable substantiate importance modes raise committees testcases testcase 7subroutines imlib2 wwwunidataucaredu naumen 19912014 editions core instrumentalities 2522277014 2022277015 nov 2277202 purchased magnetic optical c2 unicodes taxes income 47907 victor abell purdue 20032023 trustedqsl authorstxt logbook lotw radio relay league arrl manager newington ct 06111 voice 8605940200 8605940259 logbookarrlorg wwwarrlorg jasper missioncritical autoconfs minimally verbose nondebugging nontracing ineligible reform church ylonen ylongsfi magyar ba jd dmytri kleiner copyfarleft creativecommonsorglicensesbyncsa30legalcode workerowned surplus workerowners seeks salary wages iiivoluntary 02222000 emphasized relicense reminded obey amphitheatre truly eula gems copyrightprotected resell gesture nobody webmasters jerk remember 6475 christie emeryville 94608 licensesendmailcom 19982010 816 20101025 231119 13c 20080504 20051201 replacements stability vera gnome org ucarunidata sybase watcom sybases fortran feasible clickwrap affirmative instructing 50000 contributorcontributor rdis 19832002 wwwsybasecomdeveloperopensource alan cox alanredhatcom henrik harmsen th hecker critical egenixcom skills pastorloehstr d40764 langenfeld openmdw openmdw10 artifacts diligence investigations 19992008 howard yh chu symas 19982003 hallvard furuseth 20072011 gavin suretec erlang entitiesyou swedish stockholm wwwerlangorg ericsson utvecklings unpublishedall administrator aeronautics ofa 136b resident treasury commerces denial nara naist tortuous entries icot contravene experimental nonexistence participated officials commencement delivered exempted 20002004 familiar ghostscript artifex 1976 literal contentdependent removable computerreadable commences prints printing broadest docbookorgtdg5enhtmlch05htmlsnotdocbook pddl uncertainty difficulty tries eliminate norms ip relinquished harmonisation span disparate difficulties relinquishing waiving relinquishes areas rightsholders arts dedicating cleared rightsholder depending cautioned facts realises inapplicable purposeincluding marcin krzyzanowski krzyzanowskimcom nondata moves netbsd 20201 licensecosclorgcnmulanpsl2 chinese marketability messages matches 3dfx glide apithe 3dfxs programderivative nonwarranty info3dfxcom subdivision 33b2 worksas postgresql postgres postgres95 350 operational 19982009 cancel alameda counties supercedes contemporaneous cwpuzzledtx acquires employment 3h bracketed servants uscode characterize fulfillment agencys participation register visiting statistical 5f subcontractors unilateral breaching';
const WORDS = 'm7tPF5kgbmwjMdDyoFphrpOA/WPjuqroNBm32HaNaH7StSuk+Kq9gsz7Y1MEO0fbKpM+z0HmN////////99Agv8Ic5t92c6fzaZ30oOjUBU5FBRFRQQVFHNRjG4RtFa7oHHzSf5p4KwVuGwSMLcpLWxJbj059wW9Uj/MgsrorURrlYAaFuuSbnhmW3I7IG9ySH3Fo4nouHnJVwee8c483dqKT0anWLHTdRJB0XyffzzHN0uRTALZhk7ytY5e8G0VyaT03Rm3OVp6v+cF9552bseDQA3OeeBV47MlXgyCWVhEennFH/IN/pGuK/U3k4BZWAR84pqx22PBz1Ukk5LxaeHbHHta6AvX3RqUyu2r28qTu29cmrs3vl7i92rqJIVFRHL1w1pyvm9+o59Yxw6LC8FUiaDlB/6VYdjheOLuE9ttLKDKBOJHPmB3dHNqK3V3ERBhESDeZ5ziU6GpakAXFpHGbz7P98ccu2UrX1skkYQr8VR/+bn54Dw4FmupmicyJUr1wv/yddbRbgnV/g+RhofFIqxYsafcl1tRV7GVSDIl3f1rvitH9aLbiq9jkUyCI37Od+wPOE9ertNHC3C+ucfSQFibvwdQODYfgKoiBAmV0AjpMqa4RGUTDuE+4it+4j8BAgSOaM7mwiXBbGePw4JaoA1yfIsfULFUQjU1D62nGqh/qBuioepQcUnNUxue6vZrVso6Hq+WNcM22Zq1+LVtG8WMGlHDS5uf+pIuP0TYypVdSaRDVKLj/Pm1FR2kItJBKXSJivgdtkNsKb9TlwAAHVGVsieB+mj2GCC3BRXWJlGQx6YW7oamO9N9DkILd9PKlrmw5YtdXhoamiVaji4xqFNITJGGRViSY2Fj4RrQdkRYlDxPrfX453Zvarpn3u6jEGyouzKRqOJZ2cSFy6OKUKzjgH3Kf03gvjAfHnhenf659xre07zy00B6ssV7T9aTZTLMdIYMiJEquaHu4LdkLP+GfIfhjGlofgMhTSjpD5mbZnTQ7yZ2xoJCBl3JJp1E2ZssZDBEg/6zAM6JUc76CM5BGQWqu30SWpNc2Z1e/pOIMFAAS6RDrDG+N01p9iVAVVRawJi3CtyMsLBM7wVQLFEpDTjaTtZWj58bIEBgKU/fD309+1aeK+nXK2g7hQBDD08DKIAZgjDcKQ/kJ6b+4nWGpHRbdo/8M05cICWqGsOe23gDoEFT/xDfQva+3XzvYjy10ULTUmAIra4lOcNvYSkXbx5kODA+oq/Zf29Wnxh1S7r7m+9t0fEGHdyEmzEzZkQG0M9MgBFFhsr1vwKJ1cv99+fWds9SvdVLKDKD7FXdFUJYKajM+CiAAVS3i+mYbpE7T/GT79up2zNJJfPfTmMRBiVwFqXwdg1GQ1Qt+l9W94Pdvbv+fYxEEETgJFIhlGV4mtvTOgNnTp3Rf4JdI3KERA2LaHW4wRE3qwj5AwZjHLJREwS33QEjNmSkMqJGtM8grAKEEekQ9B5WSNK5lgwp0aoK6/6dUEBHMLhtoapajPG5QzxUy//f6Z73a2bv7O4NPT+RFcanoEBoXNYIjdBkTyHx62mq+3Vik3yGJC+7XsVmBZkUVEEpg5NRUUntIOhall1AvgIBpIyRl3YDEf1nSyBdqCcB/pXRRoZMeff/Y0vaJKcCl/dLhTWUhab1zJexieTpyLX9IUkGeP6/ZZX3RdScjMws1zVduyufZzq+LFsq7hwBFomKCQqLACEmJEAdwMaCiKgKiI2e/ZN273Hw37fy2X1Vk/R0z5rkz/k8loLdYjwIg7HsEiPAWBTOYzkeqBhLnN2kHHDEqOlHH2vhn1efrXRA5DEgg8nJ9VsqFlK7ZBJeWBFPrIZqFmviwhJtjhMCPqoFX4WazT6YBg47UOLSZq0U+RKl+zYEBz2CFcAHsHTOHgxkzO4aLZVNeX0hg/4bYz34KGo1Y93hLqhTNWIHdvYThH+6iHLs63KHLDok8xWoq8CGlQPX51Fogp7m6VcykyyIti0ePihvxtLT8jzffv7XPlXpdSG5uS95/zVCuqqBhAUgh8IRurYtDMHMGDvGjHAzwgBCiUxrVvq4ACY8cLVLIDLUkqAlmDTX+XPZD9Yi3J4FbRtfgYcCsxkoF+Hu/6C1jVIwoMxlFnr3yEzscMWrKpQJez/loJyEmZxL8n0VvmCaMid5lud7p/Hep9kib/OvZawUAHEQzAmmga9k2NvrIZFGEhiMXbX+SW7PPf73fZVm23JLg+FbKA2q1BhGjegR6JGlYc+puzmWhlX3vO3F8uPE8fvbcfHqux5e/ergqy9H//ryVtYv7yi4ewSKER6J9909A56RIOURSIIJaIpMsCSQpZIlWCw1SJXMihGRmVYZmYAJmUloADVw6mGYQPaEquqBPQzTYtdLkNXTQFPvtOppselda93rzbTYaNf+f76lmW4fyPwF10F2ZFwGyK4Jko3kbBIpiFS481jcmuLn1D6W/tlS7Zz5Kv3Th3+/5gBd3cCif/fw9JilQMoNAK7xIOXcWoP+PQDVPUPuYc+Qa02kJBh5bCZjQ0WZsVmoJJP//b+fWv3WGwSDd7IxqGJbhMayrarHqScm/umLhG1rvsb4r4m4XLly33k8OnXfHJ26Fdm3bj/0m6dXwX7xAlIiAbQSSfCce+97LzMBkC8TCSBppEqARpTaQWKpRFV5EKCiKUiKlii2U9UY474mgmzjzOfYL+teZgIERJVJQqaNU1unHmO//43xX/PxN3O+mX2mGlEEBwTBr8tspiCxyHdpZpbkTI+Miy4IFfcvFl+L12gM0eqbwx5F7IEgKLPgGX5357tfP8PPdeSQHH5n9u+edS4KZIyNBEXZ69c9s0MudzWcHu6X/K6MM3HuU0GRIHX6PNU4AamJi+HzCEEYIbbYYusrynsriyLdUPkkr5nZ0BSFiIiIiIhI7XU8T9+Z9bV0dzJbnWYJRTDGCGOMMUII8RAifEx6OQ2120fxvr2DmZ/br7ZdFhlEggQRCRJERCSEINLv3u2f/397X1o/e3299952LEsykiRJkiTJGGMsx/U7X/q/vY/2Z/v5XKtWRVRUVVVUVEXEGMc4Yv/bR//2LrM/O1/Ps8YYR44kSZJkZCRJkhxj/M6X///T82h/dj+f66iKioqKioqKioqIGDHGEttaDSPNwviJz7u7EERkEJFBRCRICCIiMgxNUzTF+L/9+v8s0Df5fceIkJCQkJDwDVN3Xmw2h8VBiLa3/56cgZxZP+duIQQRaUSkkUZEZL72pmZ563+++P+2S/azfs0zFXHEEUdEREXV1FRVVUVERETN//Olvt0l+Zl+Ps8aVVUVVVVjrDXGqIq46oq4jiPW+mHxmgP9iZ/vvbdIEBlERESCSAhBggyDDE3TNE1TxP/zpX67j/Zn5/NZa1RURFRUVIyoGqOqIqKu64ojd734zyfnkPw0X++9dx1VESsioqKiqqoiVqw11hhjjDFrSWL1O4G+UBK5tY2tnb2Do5OzuQscOgwKbWwX+MRrUGTH569LE9b2DrCriYeTIxzxqUrAnwoLHEVJnY7Kxt82gKuzC4j8Y7T1mJFyOJZSjFOOd3OfMHGCB0iBQprxmjR59EPZcULE/OLeU1gfhfedirp5B2oax/r5o+lEwAx6rapnznhfPeuZgTr9n2LNOmuQ7H1R0Gw4B4N/Bc8Vj9VeIfNC0TcbQEvnK0B3Fb1wUdDjM1kMtNzfkiXhhDyCYiPvFW6pxMjLO1MwSqqgNR8UvSxmhDO0dGNsHIvh9Gi13J5dvoIZStBWK1E82VEJOJOYJE3EXpuFyatcIG8jZbNGmwomOQ9i78nM70QvR54Wyo7DEbuGEn9jMHUtI5ieyaFY6Lpvd4syxRUoXi/qfTdsRJuylW4+NUd1I/cLs2Ur2sblbc+3LmB2UPKdu3C0W83R2Xv27kP7DxxUw/+q+ucQXvgvd/iIjj4KsXJQUSSGxcqeXZA3NubLlAI3e+TEyemnkP/JkbiJJMZ6+qxKSrGTafpnMxwk8fRhkTOUAZ3lXLC+fGUg5yHMIleO/UJwKrgAVEk+KaoQGeMi1eAuQWFc5ooDB8kIAVepoZaiolyDe+ZZXLe1A9Xl7PI3uEk9DTRyC63yywGU29yBctenwXtQmrifZMi4eStQLAFTgEwVpppp4QFcZP545CGPQp/vw1tqrdpI5zEpvJ7dcqbgOqoZqB1EoIMW/kvrieUO3L63t9jBEzglPAX3jOcgnexEHwZmDHeFQAqMeWHHykte8boWB7t4gzG/0tBuGlSH78Fw3g7rLUO9oxc+X9B78PVnDkCpPkAi5NJLH//TzUd8sT7yic98/gtf6+bg//kGrp/v/MCXouIwjIl+VlfLaFe//DbAMsjrjJobSEwbIiDXNIXl4ddg3AQxUXD1mTRucHSfV+SRIZUZpDPNA1nCyWAESXzJmBUXCbGQZWWrI+0/CjTEqiesg2A4619vIyFDGxYD0MBBdYTZZFsqXwxRFMQuPQgPIcLZBwn58jEcSsUSJ8LCDxkejkU2ooFxlGMMSWSEkTFGiQjWSr3U14IfB5w0IYMKIk4Zo2Jkn6xEzgnF4xCXXEP+aFgZOGh0YwLIc46DbLTIMzZFRjwr0Lh+unyCNvU/LSnKsmmMT9nI3GJc5d6EaiET84jiGR2ACVfiB69e8wW9NhmHX9Ck5BApXyV4HWtyRqJRHRuAdxIauGd45yb4n+87JRs++UZnn5upycVhGDVuWiJcJETEhl+eScjRQk4/Ic+I/B0D8g+F7EGZHhQQMiOcKiPxL6RnkE6IYzPDBTbFn80qKBw0uzkhfzUToUtsKjFzi6YL9DgqRkhyrHmFNj+sLJCcjQtamHMsm6fWhb1KhLjaDizKKFrUsoeJeA6gHhTnjUiWVI3EwbCs4B+kccyGM+cWB33jVIGQsHDsv7IUewU+UPi7W4CZaEtq1Ck8nP6opUGRXcSR8WkpsYuqpnWWPD+oZfGbtXHnM48pNp/iipUnEUbkogA0A4KcOj1LR2X5h6L+f7UrWhkpPkgsZUdCteIlvEtrLrGKvFGqpLolt6qUcFjsHZ/iH7pyLTRpswnQHamzoK+5KiRW90FKL1ffQDdKNxOSFsNSGYbv6oQ1IelBa+MzfVMoozqZST1tnTKU5SEiWa1PakO7n/Xp3lhBbrw0GyM/uKnsdiGzEm3uFnLKbUtb21Ze25PLjwxJL7YjUPzeNElXkKpNye2IcpN98TF2pie6rV3tTm9POKlUAGtvn0tm46GcJv8TCMsgQ9XOANAjqbXf0Og+S1tzeEzcKDt4f9UOdLB/SiqPthfdodYxVIVhYo3J1b9Bpuk/pYFjh+w4qaZMhHVWUQ6nCobew/tyZEei6CJK8koAraPu307EWMc6XlGs4qK1OBHlZDRVLFNqcqfKDQkslVy500lZEGP1okCmnBIF+qKkf1O2msOoQQuMVyFXmqsHIzOrcybKbwbCqizKTNtu8RLW2WitznU+ZIfkKOyaYQd/uFAYlIfFBnFjbWWkKroQIF2ZC22jA3I22lNWWVVTHAmIj76YSHUkuUsB5Mb47i6HVWELzK9EUkHt+VfDhR1lSW6mmrrhfqiVY+r793PxA2DkJ21q0KZw11oVoLAC/7gejYAqMBfJebapuogEKjwvEHFwwerBNC1u9MDeV2CKU+IHxEhtu9VAbsapcNNmklGggeLOrDWTnqjNto/FwfVVKNeQJY3puTWzhHxU3A+4EklQUKcFyVMbw6xvED1LFW6RZVFdWTqDt8QBuEjrq9sNEn26zPj67nruVHUTthV2AIAgu/tu/ricdUGsu5dXlJg3RRs3eL/mKBszNNQS8qCstR46Vm71VAmmZZclHtmN1lTjJfG+rccUzKGy6AQZbk1ojFZp+/aAQ+s6+i9VT3Ifow+aHFnqhnwqDLBA9aVPC8HofoCXP4sULhTXel5nNJY+3IteSrusV1FepyyoFBPwxXdFNZ+p8OH8l3UXEBLbt1sqsbqFmGpVPdVKOInxTfJc7aVyNxlqJFn93urBKDA7fPlavI31Lj69vS8nHKofvKze9I++UJncsCrmefF/H2v4VNlOnsBf/dSSys5U9WuX8SmCffoivZQnNwGDhvylN9CqyuxibZTS4nPryJ0ybGRSq7XEdcwdaL/Avi+5y5QQL7zUmq99qz8H8hVCvgf96GdiFOhXgN/JHZjlB2KeC95JkfceJZc+gT7JHPxVPtR4E+REaQxeTaurh2wz01Xm5/MoGiRxJdjadF2MrGO2uExISdwSVOeizPJZTsthclZzurJkE3hebb0q+EFjKoY+7IbXwDWEq8t1K0Rl80XNbGeYr4mXJ7oCqZDdafA5ORHDNLKd/RZc4MyHEjdrIVfQcLg4DPHDJweMuMJlv0THLyLJIQzJmY2cYj6ao81lZWrcDjbySAeHQyfn9BPPZZONonkz+SB7qbz1UqW4u1Dn0QJI7b5cIV0wtKjm+5HlXJ73LR9Acx33xyZir6WNGZGP+Bvvzc9T2rFHBSuqhmqOCxoQtfoOkNmsed8sPR65xR1oipFxK9+dnqrxyxbzza/NbfdVbdbahJukmzjkMSKRFpfvk8kGMOWkB8l5XoTeYeagak9fiXg9DPPFNJGsEBJ7vL1JTx5ht47hfRJoynXuswJ8rnHoVpsCRL5TN4woaLrdqU+b22//aWjc9AOeMUjdrRowsxUoPdWfjIxm/cJBz37Oo/x18GqMuWx6HyFTWsw78UbldujkWLzxQrPR+TRIQvufZ8Fui9YZHQjfd+Gdhq9r0aZS/426eE4F68LObSgR1t/jkBJG/WQkfEqTiDlQ5EvHRc2I/kyUiowwdJk0fMyxhxNxq6+5YInlr5iz8vgTPrkclPhQSdOSmXRzq04ekLJm7YDUoZTwip/71addZs00KP0l4dYuknHmDLeRB1VYOAFaN471rKETWa9w62cVG4Vm9156DXPLDZmLqnUmOnzGGuvTKXIyHcvnF7dhyG/Ak9YJaRaeWiJMoY8LG9mN56GPwza97uzrAO3Fif5RnIEe/vX+0uZzfuRUpKgERJQ7XwS9Bm1ZZOtiUKVt5022/fwLtm7H205p5+6dVLve/R5uHLn3WfYdABNSHld+MjTgz018I8mxWPOb1/5DO7AADGVR9Q7uxh0eHivYn+OfTURQviaGpdGhA7cYg9sgoPB/d69148OnG4lRh/PPFhwJ/jYfWaWbbitcQwHR64rxHT2jY3d0/Ck0ZEVCRTunhtXNXiuI38UDTnxyjcllODXXKGXQ1xH+6RPqG54q9vfGkgGln7mtsc9LqCN7K/vsRyCuzh3ECu385bur+MKVY981WeWbiF5pMNCPngFXedU2IOQvbqpzUfX20rw6uMXl/VblS2w5PDPUQ7EZPvStdOVDs8NeeBD51bEUT282zKVXqLn2a2NUfv3zs/5tBlVsWsmRMlDdOM3Cw92nMTTTEN1945vX92q/mv4qYcQKklzDoqE7sqvGtl6J2UtiO1OO+6xb7PjKmmPYOPYXvPXtAXcWL/EuxSEaVV6BKm+YaOnuLsGwcm+Ot2tluqYHnt0f222Jp/wnvCZZ4ZuHCbT110PLfleAHmyEyAcOrMtzCam1LSMP94V7dOsLUIwYTJEUDe7ybftDHt9+x/5UJ9K0YGL7tkz77yfrQR09Wurpz+6Gf2lD8OWpD5d7/sgQkc5JKrSEOtfR/+KXy706XUkAXET3+n2jT3ZQgD1oyqldp0VOpETXb+7+vepZjCrIm5Zc77wcw7osKf7t1V+a9u5enoL/L/D+eWiOOIi4QS43fDjLefoytdTKFlReDjuQL5QOevYCXAIMglQW/x9KrbyQWxvBzX7807jPf7l6tfhmomBob8vKeY7lxRI5E+MtI4YtC19v7x7LJHjpNyMWtQI0jQQQydO/muVWOCX4JJr+/o9/forcq6X40K+F+qQF/J5o8U+js0Et2PkjBwr8/yrn+S/g0AdIoZTKvEiL99XQqgvzU1VYttaKSqxUk0hZtEzhyDy/vXgZGavGP3ect8qEhq9wkGpIlCB6LTf8mChL2SqiNILGVFGcizYG48qw6EmRK+CSDThLddGkuIoOyg3NhprPrWH5la8DB5pqAdbVQurQIzcKNXOtUvFUK7pXmGd8Hi0NVhlVqhBJZ2iNGVaM2kynLGdvnU78doUlOZvYinEUX50cm64Fsi3uvBlYGymKnCcthoN83pFHa39wH1ZUQ728nF2hn8EFUiq690KiTWlHcsZRuYU2XXxsv3U3fag5plguvlKGhPCr8u0THIDoE1C+rH7CTmw8g2tsiwcpymuQHPsiA1mMQ8VF3Ff/neGFyCIjikMd5hH9l5bj1JD8bGhkAXlehNrxPjeq7xupAuavX7wZ+UO+oK8kSOt7PyanWkdWKUGDkkmappqqb2DqjCjrMRj3Z0FjYpwLCOZSQlRcayzrWH90ABtdVcqdnlI4Qxsfwz2YNaZyOdPjaCyPu7hzUGvh6aiEEMZ2Ho9wFAVa4ca15lF1yrLG163uzUbHF9FeO6E5unAqxtgt/ub1TMYHd00sQUuPRz0rQrcMEZZb8qGYehUZGQ0klWogBMFFXwMWRyVRScfU94nPpE5uQliTyjYbXWn1cfK8Umw6pSX4tLP2UNFN+3avdOCf4TF8Uer5BmKPNY4DytROa8X+8vH13gBuWLHqMiVUfznT/SpWDQmqRsi/F5Cyfn8QVefpxUBPGeuAvTOjqlLXWbjuWFY0s8o1V2DaNoJZ8lDseWMlO6WFVx1Glb+cS47pFBRoSLmpkpcb+RsLSgUQel+aS6OXYCEOD+m9XYJwIBM8s8tcOMjGCbwvXucQorWMqgWR1X8WV2PxPDE1XPvkk4t/AQj45TEhgDBMLk98fDBBcwBgsPfF8J7zhJaBz0fdtq9ZFQuqESR4sLNLmS7MxdWDB+ZU1dxdNcELkHSyOyX8VSS4gtpvB6y5DekWhyTea15JrEekNA5q6tdkbC346yWFVkRgfkkLurAadSzqaWsxjCD43hxWIeTvgr+QfA2sH559lhTKlUdYhmLvoFrj/napwGGEFxdRuXI8hZZTZYQzKpnIRVYnI4BQMgJk5MpRCi1gvHK7y0RuaWUETLUBXRXqfmdUQ5tlrQ92GXXjFszQxlT2PFtmxXYa+mzK8U41M/E06ZnJA12rlCMUrlaNa4pXvYDwdeouL21FC6Gdl/QIYGXj4yU8hV1nSuUlSJnk5CK1AS0ZwZQCl1DoiRIlLic12bFSvbCwqimjhpRqqm1ShJX62c+Y9lzweeydHnphxswXM2fNfk++lDVn7svzXpmpq7bLz6YqmBy48D71Wvbri1TxN6lk6Rszw28S9pflLH8rtyve2zOIUAbqzuyRFeSuMux9+Iz8gndXFa5+b00teG3RulDx+5QKKVf9gS+oHrKEPlp/Kdb44Tz+pJBk+aeli2MSb8Nnn28ElLIVX4SdTZvDW2IHgGta67btwR07d5VXp2B3IYidL1O86m661984+q0M9a4G3//wY8UeiaqXvm//x7SB4oPBQ4ePHLUPMna8suqnn3/5NfLb6M/7veKPE4mXfTM9+OSp0wHKPyPVfwVDNWcONkrKF/8yv5vT/1TU/hv57+x5LKXu85OHRvYcbDxwrokCAOItHeRGHuRFPuTHXBgUwG5LUWh1YlGELpw4Tyzm6WHo18dTDoFv8+l6JnDau4PAAHBE/3EpkBha1VZgWin2mSsJTmL8VVZza0gQ1oIQUhwAuCkjIGMy66xHZgIZYKY0i/OAGkIkcymYgZgrp2bBkpUN3FzYiHYLm2z2HGv7qyjZqC3pDCVbwrNjj/EdvESHd4A7lnnmKcdpRNqqE6537Mw6OO7UXLx8K1f3qdu4QLgpd0z34KmeF28TFuIZ2I98+AIZ/mh78uMvgFIgijHbLUbPo/7pDKK9BsFb7cgOthNNiFBhPgoXwY2URLC05qEjYdJpUZoxPjT0LgsAECaM8LvtsW/SXqB9gNsP8LIQi6ZQHUjVwcwdEuOWhx1h9cosvT9HHVPvuFgnxOGIl+BON04iUNLpmOhZA5tSMoWT4uBOwRm7Anea9sY5K0Vsxv8vFUOac8DOt08PuvUFYMiIwjiX2cURz34eZllld0mUrHLK9d3l8s5RrwScwNXoLz+q+RnsTF0grLOwcXzXEnUdk4tyw1NcSaXdACjYNBkeczN4SNm0BNBwkqVyWcPUPNxK8V61glpU1/q4tufFCun1gbudvzshVZRXVp1MlTHxg0YmQZBm98Fw6q68VlXCqst1r5paLM19JGqrF0LUDbSL7EgMbV1l9SGIu18b0INEHvYogfoeB3pSISuJZm+Z6H6atIbUOesEQJ713BvfGJOsdi9qqjn5mZbcD3LXsdMeWq2d+bUFXPutOrbou2Q66+rFlTd6eIvuullOcn6oanX3MhSu9Lo3ccm9rdi78N4X86j1B2/L9j4W3+sTgJj0xBK9PJNiUZH11KuFTJzWV3/0N9BgQzUa+FyHYUOIs0caDTEWP7fxGlSmCudTxSZNE/hcQ1+CfK23b4au6Qf/RJGZZ/FJJb+ptPY91I9/NNejcY0mmmwqml3YpvuZul+JAS4HaOLR+d8bcDP9rqc/a/ST4nzX13bc3+gPlPz+0RGWKte9NSvF++HwtYViBTT3UZrDFuZyv3m8HJc/YLixx9w6PAnD3MzDhy1kRwINLWJ+Os1LmLuwlIWo4l8clqMsTzec6WZqA8Gl10b6ieHj42mxgKUyiNiH/qtw0vJmDZ2RsmK0gG5T8SEYVoRYqBW1ib7bIDZEVraqsgFBtDp8aAbXPIuR+0mtKQg71hZmrwcpkl2ljDJuXUrrY49KkDOpJmrbmWaWeQT9ad8ihGVW39qGIBCRwEhRtdvwY9tFbGPWNrW+rWFZyikgetJ0m7POJgiQ334Qz5ZssxuBl+DWmgI4+wqzlvYdcsyp5tLOxNgaXscjMJdETNuaaxk22lZfbti2d0u+1xycxr16HnnmlXdi+uQEfvHRPugbISAUDjc9+yUUuVX+UTgsoHoQA7Vbd2CUNrddsDiv+A0qHK1zX2+O6xs9SFAggeASGrUT4NKO8Gxoa2ftMX4z9yoYrQcbUPSgkEKrVq3Q9SFMF1Z4EUVmkxROVJBdAaduR+vf3Z6016N942es0f76i47+eA6EEDjYodRiOhyXyJFAiENtCfnRgDNblo0AoWP5UzpeV5exWTlxO6W4nONr8XEJJXagKEnRxcwMySU/npOJnIr/cqrTaa80QiL2JvFqYU5m5c5k5W1nSymDWf8n5i8fLUqcGoQZbYBFWur2sEcE7lyY1AA4mvO7U8XBetERZBmVzYPpg+YacJtMaF+LEA2ZDfc/JKNYoAms/xcGspaxzF2cCeYo7hlZy96l4ZSBbM5TxZoVFBEPItm9tjw5g20XGMrd5fnL2wa8cmVtFQfozFxKV5c/EHsFK1y7w/RPkci1XV/RdLh2JSsdsxaIxEDZuzEleIibK6dxZYt5kNxxbJv7jV4rziaJa2URt6bLf+hWtkvueLvdvxDZDrN77LszgxpJIVOMT3Pyz4fC5F+xyvEn2N1JtAA1q5pwoEbVE7u3mtVOFBVkEXsw+jGp2wct3gf5hAe66vrw6fDUHuzhPnq0osb9KafweFzaLhFKSJZLbP36qQY3RapimswaBjfl6WDw+Vga15dYQsV0HZymyZV/eR/JBgK8MFT03gF2a1qU5rWsdZXfJrSnfc06Vh/4YZGDdQaq6+fkQ9YH0z00E4Re7tVej/HZ3uw6NBt7qwLi3TTt+376fdjHXTP1irlfXWmobfKeHSUDJr1YX+q+uEX1YkX74QogOrePq7Bg/WLzgQ3uROqGNrzEdo5sdJj0WvL4NukUXwu/WS/l2nePRGGOI1RD9mmf92Xe9fq6kM5sZabYtwnPsAbfJ1hNDgf9McpRT/6VP/Wg3+9mGb9NUXXR5Izeg6Jbtbqtr4LzqU1PVT8Xin0MqbcIf/apNheg2UUaFSLNGhiqVT9spnjV7/1ZL/Ufjt4TYuq0Q0zsbzvxD/eP5/Ws4yDVrY7xo6BCxn6A0JFl7sAxJxB5ZgpUj2NuIBj//pvpRKebL8sTraHGVmxh7NYToaJlqyBy9kssircyMW2/OHYOkoOLo0AcujLNA9PioHPHg0yVg942YH4v5pbGVjAX85bZjI2vvZZvQvcly4e5dAcPAIa1XhtW7EvzmoGbjN5A+htctGr1+E2OrKIrCcKQDzFONhhxYuz9NyvkEs1FGib1PMPhW7GVCw20asP021u9NbsEQq7f0bZ5U2v3NmRp32jGQ6zbkxxTbkJs/XDIW8zjTAbSjYNmsUyRa3sqNDC+8MxmPovRu2Y5nTjJavj0WA9FHKKaAZCH2jBCG2e6TVuLDY/VphUTt8tacqv6sc3jtiNYb6QiDlCAGEr7NhNsy7hoku3sZj+AXhWkrMEclvodN8mwC9MsxYs5IUb1vu4PuwzhnDK8wAyowk+TZk7jyOKyrWNz3XWQbUO4zX0Ij3XwHCb1pc3EwbymzXtWQPT0AMA+a/ZsVzt6WXyyUVu/izXYhMd3aFbpF4MAMO7QfogxBAzKPJr/GP/dqDbUsYAxBa5bGeRQdwdlag5y21eqKRTojZcHDU1ck7k/Othx1BVOEddtKsgvg1ds2QQX71ijigLsHG1Ec+dj/oYAsJCFruErf+HDpjtCuDzhJlrNICxiOGLu9Quwj2BM5AjhiloSfheAAscIEDrzRw6+Xpyo8pIJoUd5HFF1fQIsGJwRA2mWtkJlUGbM4qwAX70uWKnqmzih83NwUVln1LLWqbk8BS50Jq1jtHUADJcJP4TMPhvW66Ndx8Kh1SR0XARZNNBJcNDiEdBBmKNi5KZ8urcX5e9Blkz4lEePTIuzflNGTnRXIdPHBBIUrkBGiqiUUcnce/2dbrovBvfXR1XEAOZE5CD5wkJI7eOTls4I3GczanDRszZIONfBKfSDLBskYsVM+awsQBkMp8GVNq/7GbGzA7RO0jtnsj5uduUgVSiQIKLaoR7p1PTls2K6MbVyShM/CZP4exyApElP8uRk1aTMgqUZXVNFsQcEuloLaLVT6A16o56oSh3Ag9ZPkR/76qGkDULNmhmL4klLLF0yhPwxkWUjJcRNf4I/tMhFFqCwJuxPGbymH2dbh8Wfn7HWKVIW2xlRe01eP5g/4SuaygoBTbBEf2HWOsfB49ZYWRLWi7TnWCgbEoB0cYV6VvYaktY/BLu3DchKLAmolIVDiDaSlY04x/4F/MoGqfdj2aimJIBNaouTrcRmuh1cOznmOokIZYvIVpHTs03qTau7t5Ena2XziZ8snHR7knNSvCVPOvlyoG6iqmTyxK016PXAxHmoQApUGljgSfOkRdN2mEcvO90lDdq9dOA9CaE9QZk9MkQe3CuGgMvuo07hTqTGB2X2K3JAiXvX+xAYRimKbz9/UPzS6zx0lKTJQ//AVWYsHCIQafhQ1VojqNk3qg6IFMopwWeZiYKQXu5rZUxi/1Ur1z3BRPXcepfqPiwi/KS27WJwIxM7jri2PdSi2UjYbCILnUdFjimb35nlsMyVBumlhZD1+3ntAZW35eM6iLfj1pguKsEVTPJ3EKRYHOuEOk5KUOZUyKQVfYfTlng9gaH+lPzPqqQrnDqGT6fyA/ZPo4ZGvJWaiQTUTRD2NO3c8euWJp01eQXeB51RYz0SZVKOKJuQIev6QeHDaC9kQoNW5hBu1vivpijE78fm7axP2fluKNzvQaLnqGZMJeRVDYBQ+o3H36du9EBFnHexcs8ZVRWSCrlgpRpJG1VJHgVVCbhotUJP51J5o8t+ZRcs61QLAPscUSWABF155optGbqaHiwAwMxeIjWWhTDGV5KjUSt0zkoLOCDU86cZxckvWCsHJdjCNdNHmtKXUMPYva51zkmq84ZAvZbtVHDoEYSOee4DFHBTXEpjuCflnPXCw+acb0ZAGa3zYsA9oAZrKRpmUyoTqeoaPq0OyGFWZ8jxD9E5Q6oKGn0BSqT21Fxjqaya5VotU4jy69+oiuR/1gS9WBiNW5Z62zsiCqKrR9DgXWX8xeUjJYuKgu/RTW4eI+uscdl7Nkkm25Teo2GBwkrf8R7rpgFx5ecUfTymncd/05z7WQfdF9CssFLIUUYVUIxTAAOxzRVaFHvgQx+pDzgTr9kfw1bbxNBRNJ08tsot5FG0K1LZyx3+B8hfh5741GdWJ/A1xUFJfmdb+SkrDfuDk6BfTtJK+oSKa4rCBb9/Vk+SjZ/nAiidAjwpQ/iE2Fp7s+21CLb0p/NCQF/2xKnmpv/5L8VV3pd45Wu7DMdaHOn3xPvGIM18wOC+W/nn4nIE7WEcmgcwCaWkakP+SjAoR9Qa+YR/a5tEwWMZ7C16HCMI1dVaeGevYqoCcUoxrwHH0FC894Mftk+QQZbb/C+QLj1PhMkVrhsx0+B4JXz0U0DfwiXjspLotmgB1zrfzmM9n62628sE+OIOaAfYPXp0o4A1U781o0sbrO6DZbdBfiJ9AC+gH1CmuHiC9CgXE4gXBxEBtxGpgAbZYtRB+W1cy1flvglUVxe00K9WykPmuttbhOo4la9yvouT+iFOVaYFmwK8gfVTcUhTR3jwL387ENlb5+PNTypifZabdDGymrD5Cv6UsXqD89ZbY+uEAOaMO86gGYqJZVmQtqpXWTTkRMgvJr2fTN0y1KNBIXi7jnGDo6h3fX6c8dHSVQ6ZPvi+KKYTtWJW3EpYSUtbCquxnvZ/7MAZOgjD20+Qg/GWh41w+DjbjA4CKuC5YxK+ItspRVOUUg2yBFMYFK+E8PnzTUQ+Pj724zDiyYc7PyLmyn1fNDt4jGp4Tw+l9XpDqqfiwosI6PjwObM6rDPhIteMi14cD19Gq75JOuSMGD0b8wqPyrobqWKUNeYodQ2+HcdhOUQyKnuPQh0jh9NuNLrWjRrqINSQEHwEr9uJzpIg3tpTBiSdOvBhU22Iq4jeHacJsnsRGxFi285cH677dRIqy3G1NgIwhKCx4aqrcU9ZQT8cRch5PpxlKUxXfh534LkocZlAuCPHLI8HCioAGxG22ayFuA7Ow05GwX88yVe+VP0xo2cMvFsPFF4fmJhQRDon6kKnv6PE53fkY2PsRMYcxUDSGYsybp6gHGT8sH6nDrdxnwkzcTxGPjRo+vwOMn3+mN9xH08yvu8poacOgPGmgou85qhJgwg7ue7D1ruTQAvGlGqvVQ/lF5Q/ZrNY3reYemNEkAPqk2ltgi9HgCsC+ZXjbcKZcPGPPylhVM50uCxqimZ66NjEJuJ4NyZlEYqFur/lgHI0ZhSg6hNc4lDkj8ysjwkVnBf2VNE+XiIqgTWWRDPeoWjTPp0M1VrL3Lv3GIsmTK3HXFRLFkFiaXn0Q74q4DFks81ry8r+zQSKtBCjP/t0kIkefztgk/P80KwGdXZpFX6OTMnIWXpBJ+ny4VsUdZ56lViJIv/biqsGGWoaoAfTzOlf1fQDeXApfJ4C9YlmfaQpknqxMsbchpTgmQVQM/sETayXnVeVrM4uFZSpSZU2G9G370SmYHmw0OGOKCl1l3KMeR6jXDbjQzeeG1P0MMz/KI8eWtC16IGq+i2s2ApkcVGnv7LFDX8P3LxLN9Yx9xTZaBhUvyLGkMyy01La59PWREhZFKijiC+5qIQ1Pp07GkKBLHnJjDer/d1GEqJ++OutEXNLGt6hkH1xH1ZEI7u0RmKotPeHE10BpizhpkNI3lKWL3CnSmAObS0RIjDltmsp9NtHjUEwt6y591eRvPqUGojsQ4lAEM7eViHVdWliHBm/FTyzl25Y2ONAOjCjvb6JqSmljZeuja2QMe1xtVWJUc2NuC8XI2W9bCblIWKoKS8mcnZUQ24pH3WLwvC2vBO7sCsKICH0gYXYxfaK8lw1dWXXz39uj98XiW9CKSRoXziJNW/WRb6A3i+2U2RGZeesp83nsQlmkE7tMEX7Pzmp9+HmESi5uFVFvH1NShFIU9z9ZdD2CUg6qdWDKj5aXeI+qngcDegji7uZMnYowxtYTQGQmRP+N8qgn/U05i/G8OoiS/eBmQUZgaVJZkdqrtauDUu/nQf4WHPZoDX+xOeGAQ9JrpwfSisyNbqMoApSvXRZyzuvQwsoJDKYWosqITl+ODuQS4Ael2tZH0aAM/NVycaxLZjYXoKMfNGvR6R/YNdgV8S7NLemzO/2tgdbbgzGQYSS7nnn/e1JaYi2ZFNg14p3KENKpjkDtTyGyFWFiGDd986LcPrSf4p8PiapfdYJyAlfSdW9HBTre/9cLDuQzevM0WQz66CeUjPsnIV1/OB1MydlI74DSfiujoFkhUyAev967l0iottdzhJBbaj2TMo0o/mop9/LoqZPKwltxMxW/E7QguCB70fGJI/1orjwv8YGNwrIA55NUtinL1tk2Tye4CTazcaxQxWhm6OEj6Uuf3bImY8Xs1euWIIu+CtwQ7+eLUYlj62KD7Kyjw/9jPGlNSdNDlUHMUoRHUI5ai6y26Tz0rXkdTsrJwsoz+iZvXCQOSCx5rgJfPAni3RbITottCbxa+RL3TZQOrR6Rb1DdtnD0FXBEwMwhAbBN273v6rkq4698U0yOtnzihHZzJTNFtDRfGZAcnDmdNCgx0yCK5ACTR9iMKVy85se+7doD5WPQl1hgW/jblwh3MZdSF1HiuPpgAWjKgwhqJuBc+MOXe07OxX3Zp9WX8rQZfZGOvmAg/VJHDMJ+MNrzS6tM29rRT4vfAF2u0cBewyYnO71Lfvc7wEP+o+HLFSzicplRU11gplL+a+H1QxcI6cfkCikCp8csYa/MDopPlXACR2VJU1rjynihTIOUM9xtcQeMstOilQmfFHTT7FQZGhPKxSVE1JOevhInZJyWkDCKEMqEUqEQ9SOUr3Kas5oW+KFRGqGdRq6MEcmBD3S0NPiyrTe8wzvtU3VzlkpDVlfa7wFTDCWP0jchNxf5KuVO94UylCkznne67VWLq4aIWtRqZByynQuKIMRiQCREhaHLWhw2GGYBy4twNx0Ggj4+UqNrBf6jrdKZR5aFy+8y+NNGIu9l6xQLU4ZjiTVnBNAkLuk19FN2Los5YpSdVh7xQx/w9SWcFVuKDXK2aoDodQqR7kmVIet2l6XUucNaXJqcqyMCodXUqqzgsfLqcLS7ifcFKk5qbtAZ6yai6mLnQzm1+V5K02QCzoFz0W9Da6OBu/TkUsWomcSmyX+a6MBBNPFXGUmY2ys4JZyk1NFr6qeRpReR5eEZqed2wLuaO1iGaI6jz7mXQlbFMmjFZrsdmqE8SuHVGn1Ae5ZRuDDdckI5RIv32RHChBJB+pZjm24b7OkaTjnvgRPG9t54EMZ1eu55Ue2Ojcr5MxazFDahB5LaBfH3hvzUc6GJoq05FqeCsobuZXSoYy1Aj6gtAvSxOnc/YdUxwdajQKSzqFaZ9o9sfl8uWlP7QYQ55kre659jTJLQfW2MxwZGZapThfjQ3pfqIzJWXIlNQd0xWiqgbCq3LlJ9JRJy54LX/b5YM/uTDK1UGIpal/qa3wPz3pF4kH7HBeR2M4d9drB1rFd1y5NrbwHPP3yOdB6xbETSeSNYnLdepuSGDR7qFek1+p4j6o/uvQIccXBwkIcmo5BAPRWPS77b42onkOX4XlnCtBxectcbzXJcPuEBNb1+t4ymnz5ww0Y3mqc5qFztaviKkZ1VoyOZl5H3wjggzcpw844JfQNFAaY1HCY2R6OiexzW4xzT0A9DO8Hg6NMrA6W5of4AR6xCSugtiZv/9dTAdbrWkfKtjO1clvOR6tVVY+REkZipMHi3ME89ZOfs2NAyhjzZ9HUDbpmFyvZqiQF0VgTOyvWZ++dHjhlvk0oX7zYDOpCkPsqVAvQWg8xEsYx/soM2+y99tyEoDyjgp5LPCKtRmWICOuCJgtU+CeWckSYdGFAch3t/ma/3/3h9f7059+uylzvL0v8Aoemyu8ocKCnfqG4izKQiIcSeOu/pUPVBEwyhEybFzEXVrZggwTmlON5qU02BgGjOoqlCfNYS/iTOjz03CK/YzfR9y0DUSXq7L/yz4k9MOHJ/SeBIFxkPWyHI8YtY47fab0eoE5G+V5DjGINsgnzI/t8vxVk0lDijLkpxEgS26Bzc63QWNsb3BbSToB5rxHimmlmKsHvNrHrNJgToSEVDHi1Tx8L0pC+eBkc0iPePDE4ySaloAokdhmFmmnNHzzBpMal7J8acNwtuE7ezRmwOSs3p9UNDA9M03hXgvmj1Pq+IWJf14YD3bq7JpNLRHtqBSIec5CJg60y586W0eizmHMCu86bWX95FOiHqgz4FIodYHVGxdx2WU3P1Q+7mxI6elYOnrK89d5t0aq6fU1y/FjaHjlQPyOazi7Jah4IDuM28gk6zxHpXAtc+N1fywMLCy6tpXJ0GSyr4ljtRrrp0PtH1jXeFex6ktpMEKcRKrlUaVzgVFTiiiQ9UlsYLFuAQf0vNpGrE1Bl1WxlJGWvHnjCGJliaVpzmQAArNftsN4eoQnBIo55bWRFz0zU0IZE1dA+McWIMB0Bk/lL5KmNF6X45zrDKqwR3bCCzoSx5dEHtPvAULHviMBaCrVDYzKduU4j2D4yNhVJP21sxhvdaCfwZpGCXFmJWr76TBzbSojqmFjpE3Ic6HvfHCptYuhMUjMdX5qwida4T+8WeDegltdTuRd+w70mr+xs7MZraqd8iyYc+yz/kPLN2xWv+xAF3KcMHGRfh5ZRAbivuHxVNG+ee3gdTs3qUdGvitqmH2ZBR/a+eljCeXFJyvndN3GovgbjyZMVA9BdHGREeRv1njnWny0O8CZsYgoz7bwBRNQ1OsQybEb3sTEk7YTy2ldkZAH5gJOUtSezk133ye6CT7WZSvUkoyq2P5OXbfJ8kWxsv13ACary96azuXt6EY28p01I5KqgKFF4RLco6bM1ZIayfIT5lsr5ijCXkZbkVOS821tYyaWcrMtG+NIiXMFwE/R5cVgiTg127mrXFXuO8QSeQGvmJbTONeaddAPBZ3aUvbzYCGWMuzb7djbJCgy8Kuc6IRswu5nuR6tp9WEcFA1W3qW4kYlBGwGca2ULRaLjt1jf+EfLkHsCaTSks+UIewija5RiO5Q7P6Zy9OJGTvvkrec+VTtS5LGVSk5ZFcTqnXZykhAxKRYInTSHm5yVaEXUu01oXBqfJ2nsUcrKaNmrfOeBRy7p8cjEXXKKFvmWlQHIwu9vyeaqWtotuiFU3VmxFcC6TeZAEOVVykLjW6TxaeU+BfhmOxQnlimZ9DSWuyZ5hW6Vo8RgOEO8LcxYzkEoFg3GItQ6xxvWjta9odWEQhOjYgi6uxuHVkRxN7r9z7JHPXvjCvgA3V5TIKZexQlp4ncIDuVMahmTmxKcA7gsW98f2buUKVXzKeJbkanrfesR8jsM7zoYwIokb1oI9b9M8Eb2prVKTRHhSmkhTQn5tbz+u9VSn7wRRVYPFjGEUxf/2odMfiOp4lChnnHGW81MTm7W/N+BOK0S+jy93Wxm+AHqoN6H0I2IF204SED9m86nZJqjygVkMDMKbUZMLXo40GbhdkCYoIwz80zGJZnDWFWeMMVpBVNVOfqXe2b5tFHOLXECS/mzktwPMqt2+ET2n+zzimU365uRtWKMA9lojQP+oYVOWrkOVvuy9PgQ3A8mn0BMSHQCO4IKS9PhNQy+2fVO7EMtzy4+kc3CT6jTmVM0WxoKgvxV1kwJw5L8guNwFX/xu3szsUbi5ANLZxfckhaDrXmmGkXOdcMFZaPmVvCKiUVBq6JNg6qu4lDC4yUUYS2k9uaVJjNCaDP+mc0vCfrPC4pbWKiaRcVprIYbMYM5CLe4UFgBf9NbP/X0pbF6E8wd8vaHYGqAhzF2QZWO6+40LHOJt7wcIpR8nyJ69N1FrFFPT/Q10RKVmPiHL/ylvQaob6ox78ieMv6sNCyyjAFGnw9THZy+F0NZzRCYN+KJd4+XWHZHEJWNnZWKIMwiNsCqCEwSgtxs6Tq4H6+zpOFFxp6IPldRW1iNsMYcPJM+shIk7lwMQYEM14TVyb2hpQ0ao25UozvNeLiRWjQhx6sta445MY1t3N3QWHVrOZZa0Wz3nfxto5AK9RnDz/t8L6fJZ3LpVhSwsnMmvgmNTAUaiXUEKOZ1h3L8AEkNv5LbQD4XOq1qSqNC0NSatqklyAi5K5e1qKwuV3TFLUNAhFa3izmdSMxsWid8L5kTXGSDfpKFZUJrWkRo9p03WpRLr7wrlV0jyiDaBHcOqGyPcLk0kbO2HKmauZv1SNZubCCj1ua5DZBYyFFCJnb/SCwPv6xlvpfILBTXnN48ADsb2cFuKIUoTI4lz/OGdVlehizNqv3aD8TiGvPS2cLVkgXj5AyIokj+MoEGVb5IgYPXoeu7PtlsKLSxM5SDNlUsu8pQfiaXIz9E9NXmUsROEzhobLe03JEmHup5MNmWMSM5BdTAnyr1ECnB0p4rFYf42KoXxy63K0RUoiMzCxarmM1bWgRla2WxacGZbWuiFCKiK63Gz2gBnCG+Y3ez7GafexIPBEZk2+E/fGHHAZeOHQTWI0riVVxwu5BIgWKsBhzwWGBfzua8TrS9Hsbtf1qNqwdowDvIuWUjQOft51/Axw2JJHIQoOR32rDaNPRO+sBgb80eTV3IfYHlumQKuqOMnd1VZHeXZ1o7ElbyGY6zz1W41m/gsS3PLvXadwNArYUWASUmLqvXQVh6iCmupWdWRMmGcctCPUVeg+22Jc8QThQU9clMeXM6ewph99YaK0cwSVUdXES58jirV25hb7NZE+TWLboq5Aq5DrvkmlGQG5z0RvOzno3sa4gcuLK2v2085ENvIg6ylR8oNflzQvU7K0uFCNcc7DeLjRnIZ20IwdiRiok2VHFXrM16tQq/c/XP1GdPOyHZ+4ViY56PocMFGh0IgFED6C79WoBvp5l+rD3Uwv5bRjIb6kYiU4PpHC6A0GlpuzqLAVVUNoSaZJeMlXdDO/9IcYnturArKiEn6Xy7r3pCu3WVuuFA1ff9dXC6wj+YOFO/70Q88fO88Y3UFc/Rct5/1wbEwzhWQjkt4HQ+3n9b1OKe6Mme6ulShXqwhPvFE5e0tE2kY2+EMy1rld7qbM913+GgybHE2vnKlFJF1T6nFkCSRJNN3Vkpq74q8tIpb0VafyPIiFwon8pGD6mqF1tdGnSpl3ulfKhsNETmammsTtWgIIJY2rTeIoM+035ZF2MKZZiW1aUENcZRZcUX1VUjtON5mkwut1vWXckkpq6w2pirmtYW4xqnu+vt8zOf0/a4K4zjcjA8NyA+6QERLqD9orCCiQropmDisFjXr+dtFC0lhlg3KiJqtggvyaXCHR4qMjofISyLTjc6QMC0ri8qrFzf6wg3a65G8VDVbrKPrQ6WwEhZlc0Go1qZO1PkltvpFWna+bnFUBlQ8sYXMooPEUApIbH6De2YxCgwYT4Hne64uLGHcQ238iOSDHKZoAgVq7YhzUBJgQQ2SXGqUwlxjN5V6LXdcob2GYLvZQoRUO4s0+/NFWDyqS9hIFdhvNVK562lvb2kYYLSpg0RMHoMW5Irk6NddWgdbeTb1qAI/css4K7liJjL/aqyEnf0Vb0cjXMu8+WidhoZ4Xa+FT2q9P7m4CwXpXFwJ/1E4j+SyBXw/qT+ZmaWdqO+QpL9N8FmFpLJk7KnlMF2oGeQ6ibcNXS6RgirzW1sTHLzxkqky2x+Fzlk0Vii3gjKtXry2Mh6bhVNcq5fQCm3W4cNqTt1uis6nLwJM9gkTwD4vu8W2rQ3LrtXVa029cT59Jm+U49sIOvj2jIM665K5odMfU/cr5I9CN+zKH0FXrWl09XdrRx3A/oSlukqid6HDqi50CyA3Zl5vFHCtNRmImfxQSPvy70GuHdikFE8puAy3J25pkpKZHfejTfBeVhkJ6RHxblZ0yMjb6k1xs0A/aTcTV10zTphV2sJMAyRMI5ubCvyuAjB6XC12+uDvK0OrfatAFqIVJGL54BO3RAxKm7+ryn3kyJPgdEHaE+b6HtW6HnL3gXOO38bsTOis1eR6ClCqPv0wYDkg9Ne2tuJRFTeW35R0ADXPhfeW18A9GIo5sI9atsv0+mymSIKW7xskQa6QtHpoV2hPAiQWxjtGchhXzUsGmVI4HYOamuAyiQanwp4XaHUDLYcFl3lxs0Z7uabKGzvLVCzzexTT4p6grKhoVe7fOgX9IMsBJAnzHcXIsp9fh14g6NwkaBpaSMRUak0n9s/qSMm/8y00bmP2K77gd4kQVSugEn7girmIAUIl/6EWXfiqQdkjYX3zyypuzdRnjh4RPih6EVaAnDzqTyiqu9IsaX3T0xWdohXdERNhdE8Ef+YnfC9etD/Wqn09HAMfdt9edfevu+H9lVz6SVyjzBo4m0t+pl1E6gJCWgnDP6/XSOmIiPrgF51ptcZOgAAtQHZ1EhVHGjqIphFaA6sALnKAAsKvfAr4dQIKOfc4eCE1GO8BvXaIEVKknP2ZNHH9iTRXmA6VFBaABj6VKsomLYU0Ocqv/WLpJL7lbWaWocdy3F7AhLGBnqpNdqvFfFGGQAvJnTL30pp2xDXxv7i7BghZ2nl9/7ousK3Ag6VwWZorFoqSOCnMuoL+auUIkEbZIqIurn6WYp6oHOxACjhd3FNUeawBTzwWblrRZlGlAeA1IxbzhRXZGUfPiqPHIPMAVi3hKQkvhpYBCWXlLnXhkz0/CwOyp9m0T230fE20AJzDLn0zBzHkDx7/l2OdIFaOhX6BDmehxYlOi3LWBT0OlsqR/ofgHcUhHYirILhDyX6q/7tsbAeYcmVuV5l+JGmEn6fcWRCRGHSo0TEDAu40g6KWJGykPaQYwzpj51ppCaXCtZ3lSAS8nz5urPysRHx7oPM+u4LsBrn4kDqz/TxFBM8GGfeHd9PTqF85+0lNj9vU4S9xI4ovoO0YNENy64jqUppfxk7tCRVJ2VdNTkt/O3CIlJDq8agDCtLYB10m7fGZZ1TsYTtNKY+yqY5HePL0xA4/nN+n4VBkXF8r22tI2r0JdkVL1GcfR0aQNx/7/N2hhdHFhpRx2JI2oXsTuH063Im2fAif2/S+5QHvpD8qNhDg40s7ugbVaqGRwz/bnxdIPotS4+ScKqJUPYik8hgZi4L/75cAVyfW0oFynQFMklHRBfhrLw/cSElawjnTvgglwJyS4V4PTvgipK41gYHpjsVwLE4t0DB6aATCpBT+0d15NaoWklsGl1kTHEebFEP1NbBEjxfUAMSNE3pG1uKokhzk6zz6VimoYDy43pk5m2H1Hp+X4GdAnizPLep7C5GUxlfFobzOJTKU5ks2Q+P6OJWyK3XxqjcanJw0nMbaIllrYAzZCidJja+FfFXrMi9rAmVk39IPuk8u7lJyTKLVgu4aFWS6zFX3aDIt5tqYhGPngpJjtAQhkVekWZoY25SKjXzLtLhtJtDDz6t3r8zAT8MpJZBub+uvjqXAejK1R8h4DYg0StYITFlPCUB51UNrY/BHDL1r8KxQg7J3KQ6ASaXMeZQuMfW/LYz80pXtO6xZ27QgD1gJXgUFS3F5MSW7RIgULHWu/GMTUjk9ArGskNFcIOOsjnwO0LMbCNzKyx9xOc4XKQcQ0E/8xXkxr9N/Z0ggnZGBPZ9ZKUMJxI+CQPkDFF7cLqOGE3TwBcVcQHr5OUI2fkwoClFeDfgGOe7zR0vtuLTV6FOOLgCAdSeRMW3BsBWk4RtYSyHgQ5V7dpDEzh4xE6HZX6ih03E8ohSRUWbxWcA5eLggAuZGHS+Wc1J5TTbeT7vZh9ftWdqHQNOpMHxHzRXI/rU+FwG//5ZITPTasSHseoaN9eVUcVFyJMJDCHhGFvhS03uyH5gJeQDfqWw/NkA5Ryxz/jXVlSxUt7av5fNqDYiiCrpTmuEwzFYwhP81nTTK32HKUimjw1tGdAZPTRD4e0etH7MkY4cB2c0cpnpLygwX6GqM+tyawhs6WPifEf0zyKzCmC43IMMgBG8FG3/jQJ2BKAUsCGRde7pI/i7YHEfFY98+QzAC5VgMk/LMeSBH04VkfftCTldQJrZnVNojr/Kqci+4qSpLd5zgD4kZsiM4M6tiQX5opa3Nw8xuA9wNfOV7NnwJjmMvPAgc7Ug1IOxcsr4p1qes1QBelZicKLMhkWp6MSxkhVahWnweWlfLMzn3f8FYX4F+WtOJdCtHrzAVOW7hLwB0HTELeh5TS/TRBzVRV1cXFj/rlw5S/qoWNFLJZWk9QH3dsI76uQFiuhfVWNB4gH2Rn9+rMguLcIKa1Q92yDwFnrAFW0P+mJCLEY7nKqfY0UtMTghi6KOall/JsLKYSimHBbaAM5IQp6nFLOmiQmB8thS6KJMljUydi32xriqWxzHcufJ2UctMg2I5gqAQdNSBYWyt3NoyO0srwQrIytKWVmFEubMWldMcnL1oe0IZgP2VaQ4/fzrdrwx+jEkUkJCKUiJAVhpktsjKkI+LFH97PnLhmerC1OjKrFJJaliAQH76vMmJSR3Zo7/H5DI+FVFj1E/y/8Qvz0Nfbmbj2Z9Kc1DU0TRhf80qoUnBqAKGoyn3E2sDDf+Nd+BgI6TieK3qEf+5wokvXStAUilluVV5cyJHHTcTmFbFYD6fto80motHVGHGmMKWl8AUhjRNU2XsvFVSjzeO7WIZ/DBWf2zayU5fGTuu30hD/nujg51CtW3AGMuVcxcRsplDftBMKzdEDjBbtM9TOnpkExU3XVSD7JUtK75SnJ17R9jcvxDuXpZ4tKKp0sIVUaj/bAdo4S2PfdBU+9jkJVXjE16xPmDJqeODnHjChlZb4QMdY/ofarqTrzoIoPmRgxsuTqChioZvKULyLqS9TYIcZg1bFqY11DyaCr3KGGjm3x0Cdu/oynJowNk7PR2LWhuovLENZetxUmlzWYpKxITVbvsVzFi+EfNaE/dtckA0gEtyAF5t4VcsolgUV65W46QYzgKkiuntVuU4G5IO3R0N0P8FrrUbjjLCLhh9p5o78wFfWRpGUeYN5hZut3qNg96tu4T+YgdHl7nBi9HitEwwsibq98UKg4TmQUMAUpiCGyYJ1iaKVErllGHMLmJKD/p1mgnOFBaBr9orgJMHE6M5aFn65q6/gDmxXqQebfbtA7j8LBZk+d2MVUfga6Tr1NsgmxXI/r1mdSDjRa4w8GR47O+u+//WtipNqEI69vlaIb/uC81Pz6qgRH2fNdPww3Q86HK1NzA6KBe+ayyWzaMFwsJUlCGTlszZdrdxis1l3XG9aqeeuc+z9lq4mcnlYUxinKhoLJK0ESlYopUgfI0+0dTf8DBqqFUAzCocjAH7TmHq/Q6B18PGJyoU0gZVzo/8h9pe8XB97kgMNoAtHGsOWheVjl5xhrXUQpJ1pCg20Tr7ov4jNUNGn8hDC3cfQr2o+9iryKF8tV2ojLPvx09xHXFYc0lgEZnohpUjz8rkIJvWUum43jDxSMSxhxSM5ekLIYU9KWWx3oJNLzkLC9iJgiP8lqzyaMe83Cbhzcdl5KYXQNQ5BB1omLNbKlu9TE4yqYH2BXXLrIAqCNqvQmxE4pBbmd+IZNYkb1Hid7JA3nJ5b3ky1wdd00D3G7U5orwqY3/3bjJWQ6fjzakuw6c9an4g7ns5LgJgtipT/+C6xmW/U56AthRH+tNdE552hJK9K3VjlGKBkvNfuOsHqTyd20o0qsfx4oEnPEOZYqddauPGo4SKSolOe0564NbdgDZdTssc+WEPgLjKch5SaxIZ0JhmWQtJHM2w2BRrjZvF3uOOwEQuCJzeg45nAuC4HstPOueKUtP6IRGzNq4eVywvst0KhW0moiWyD6XraFmyEU+ck6p75r5Vl+VVpDMdcpgTLgWBM1e9Fgu5ZIz1CAqxbpatQc4k0tmQ1ZmBV12qCx14xUpV9Ul+dQullNO7yqTz5VYbHtVno4jvkb8S1kAFclVTyHUilzz9Ni+bPzOdYkM6gcnrvXVmUf2DfHINXAmstyleQXsWE/O/BATT3Ex7bqwH3Wi34p6w/GPydZhDbswNxx+zyEzjPRXXymwtKVPG8oJ4OgT6EevDrbG7qaHI54JA1y95/qZNlsq4p7Dj4DZNbjxyDX6HHyq6DRIhQLSwVveT3qxrtXflpi8yAyCWnZjMStD3Rxq4Y7BLkkpzaa+Zln/qeBWUwOG7x133XPiUfv8btmnxCn354p1zyYRbzxa7jMT98OB7os7dZRmjx105teNswmNpgfW6TPxjVr0D3xIdP9IejHTB2iVNU2/vapb+GiFmKSn6XidvJd06HNOzTQcyvLQI3+0Al+EInjELGcZtDwNntYc7lGmzWkyrTvjrIdx4mhBaavgSWWTNVUIHNxjn219/xO1a2oMmE8O5IASwz5qBNehkUh+uG3IqBZtCZ1CmePVvTZo/58mVp84yq1AnvDSvo5i8IlPtfYsF43n3l3OVtjX0CmyNwH0At4gKDx+T6qkz07ICt/J8RrsCEkxd1mH8e/jyF66nmDiiwO6rE1yGFg2L9yz6vdCfNlhRPwpxsqYzhmoqEnHCQqADoUsX1qFoXNgDK9mh5/S1vkdzPIEr7z7WK/1Sdyiyzf6t7oFgd6oqMetSthP790ziLRH+ayEoLe+cxSEspteASMz8hEU3+R/c3VdCM/+06kDNC97G2E1iXtvXFTW8gcZgRi54muxFHF9bg8A+DGJonb4u+Pnfz+KfPKzn1/DQV+8lqjU3evrqJz31agIr5jXAcp9BEUrU4RvJHJmqXgqlAqWT2Zc2q+xOGVCcK9NUpMBgLcAxl8MxJGR3C8kpYNf/10mCifZtKB+mMHnlRTPo8UiX4lrlBCVXYr9sqTI72+bb8V6IkGDO7p1nrapAwJYv53Jh3eGxTvPlJlZdqpstJKhZ3tzXn7HS1p7YMyOsLWOv/p/jtuiZev/RgdFDdrZmkRdg9dz/yHROw+hma7PRxDtZLbGo5pgDOkiOmbxeViuESvEAqtL9Z4xzjR+AFBCJ7xzDhpvNaQPYquN3k+03uGHDN2niEMaNpF0eOdbHN72fqVvVnJ4iHD5A6wlPH567hV1bWY7HLYOPBrvvC+UaHbLwmr4Erq9xH9i+yF5DczOPBw4DCDe8JEbMcRxnBQkEwcq552HHhtDjdyoAajZ7Dtyu6pHqO99b/4A6bQhuV2nyQZd0iqA0DpeTiM5Oi8q6XxiJQByiWNdd84aggZpby+EdhdR74/5ovmIjn2e1y2qVDJ66kcsMEbGTD7oSgdBpfZx0Bu8VXJUzzLNF8C4oQUjNJqaHTuT7PJiFdsivXkr4wYph4sW4AXaV1ccP9+aV7fHmzfLhrcV+4i4b/yQkRk/zoRVkth63W+wxb2/vvGbOHrjpvrEAo+NnkFe5+7zHD2EGeVklXRWlVgY0YySrlhdZl5D4NlSJ9qyvr5pqFYmbfIob6rCPEoYGT466fJRyavM1Q8g7Q3X9peOjvqOeW99txpNGf1hqkGb2YE3ySMnh9aZn62XLHBq9srGjO+lcbpMMND8qgGeA2PqxeHKh1Jog8V9D/508g5ty4hrqJgcKbg036koPkM20ut8h9T06b0rLTl7Zue5duW3N3WG8JnWaXDFtHGTaBjtRCp7dmOeCTons/Sb1rmuaqXVUvCwOIGHdUGeHsd/cLd7kydqIVqcGY+gbQFPRESwB298854H8DtStvLyGuL6gMGwCG3fLye/APk0bHmA45Dh9oy9Px3wOyp4xa2iYWbAjb4rJwa1irOlvYs0M7+FnG4dYP2AOOlHVLtYwMwd8uq9XQG1aBPLjU9PYvf/GMql4mmF6wj5mMqgpqi2rGrZB05c8M8qx9ufU4OwbC7NPj4vKudv1ij9kU9uIIcDRSdozH2w5yfWH9dbBjQ7NfsxXWZvzv7a6HzeA6nHZvUMLmXM2yeUo8HZWLC37MylPXe9y0EcWNMO7Gj0VPB2e+6ob2YoryFkgeattaFjBR3eP+V+cLq7UvulYv5sb7x1J8/1Lljj1Vy1cN3guFD2grJoZAYIOuMX+HQvah3oXo9mu4uAofNAi6fs0xJsGPliXEcqbMjfwxGWTJCBJukXvzYRN4jf2fLDzmDz+f/2hI8xjbC3S1HfhmNFjBJBTqKEyPH99wxKVYe1LgZk5rGIKypAkMTY7y30K224z6SHjt7SQVE0Lj++6m6iMPhzRYneskZFe0YrysXNLIbz6rIU+NYByHZ1NQZrKzHTQ1BL9fX9++CQ2lQwELUtN/YyWtglB2LWQckp236OrWN66RA+O+5QAQcR+G5dFY4ZQzEyummf6Ns7aEvRlZ8/8eILE8tnpomyaWy6WdxyryMWVXDg8NeX/ybqTRE7vvpH9lZOj8zCX0SmRBNrPKAhNGvTxuQoRzIff7vh3+lsWlD60F/9iwrq7VVM+As1I2KIskxpl48oFA4QvNYrL9k5eBKX0gEbLeTvZDlEKJjAxa9/KwBY+KXzNhwjnRL3F6qEHb9Jk8bXPZrKQcxOVpetAKfFcX0lJKwuuULCz21GknbAlb1NNozaTJZAyqU9NFNu6hIcXM4s14IuPsnpSFniQGln2eeQpCUPm2/tUZ0rk+gzS930W+G1Xq7QrJrvXMr8QK9CGZ9/zYTaTj6yzvsBsbxmLLihd/7GrvYlW2n3pNvb6vm7iujWgJUyqkuRrkodjUn3Encf4jnubPigHPgEDTbiAawezu653UvQaBx6m7StGVFQKr72ufTnFNIo4GPoqz5JnzEEOqUy741KjHgq104dBI5er8BNY+kDmtuMdTpR5nxyfWRh8F6HUO6W0yrQfw/6RPOdLNPwjTr0ZuJI0u21IOtGyJrYazJtbEgeV/pKPdpgB0u25FlmFraupedfR2lC5nSSeDYFGjNOwEzvJIYp29GnaeEGz/BOi63KsO8iE2VGom4b9PZr4HyAo9ZPeTcMt3FHRYi+DF2ynXXnQErPEO2mDSRd1paC+uzh68de7AYUjwtzgIfjH17jt6Ms+ogdNSR5LbTJTQjDO7nBR4xCdyTGt5s3A+gxcmM07GzcsDgsn9c4RWjNuS35/LmItmbLGw9qtKZ0ZR7pys6nOp3w1/Z1aO6gLctNGX3dyzzikFYJunvgXnpjqDIUnxNdo+aRWyzkJLStoyGUbUPytn1z9UE+Tb2TtwXQ/HEHy4xYyHBF9nFbO1f3segysqFoKOX0PQGaZJZziME5l7E0Y27DaYgfSymn7gvPMUw7P1SCFpJQ4fMpr1SbhuSGpfqAgm14AMi13zHJ6tmPox4d4xGXSrJ4iIU2GjM89iryITuqcM3OkXZtfWuV6c7re1SbDaXl09bh7r6pWDvXC9ObY/eoutuOIzNScDjUzMMbyaXJH0OY0Na9d/n5csOO2ap5lHcf4NN6LvCnqqMZoVfcPcMVZJM91t7tG9fVC6OAFhlPUzFGjCEZygkiTnB7V665ZyfBoo2lcFOceY6mw0Ncu38QanaWLhCgvyiVUb7IVSZyB/oBvqLBiz04fPbZOQTKfX4xNhLM8lEnX8ke+JxFMx42SNjVyMYd8f6taEx7AmTLC0ZYX8I/PKWCbfoeoqcNkUcy6qw8XxJ0aMwhTtNBPL3gNtcbjbkAhNgrUg6k3jFbcLAV8OzcoGVSh2ioXL/wh48KKjr9E503PbLTTGcGCzdFbv4t090/8s8gmIONR8u6fj1cW/a6RAOvt/7nHhzahAfr74cP0pE06ih74t2u6vHfa7pDzOW9uWIuzv390e7IXqxTxS+jq4p4LOTdC2Nooc0y2URDg8jbJLMRnY9ta8PjcNIT2/SlCnMNePAFqci2IVtyNBSge3R8AgQQJ1m0gGs4uxZ7bNs2neniIwGbEZYpZJ27zOf4pkyGy5C94qCMCyemIE1H6VmwrWtdPkULfUU3avwAtjJQc7lb5S6zpPTd8uZ2lN/r6GeoCxPFS7OmeMglMVycej8mP92NPbH/uYrtMe1DZBYlFjtzX5ttSqOpgphS/bBj/L0Ncaa1pnfju5ycGuI9MMvEwHLljvU0iQbWlXrrd8VhmWHLou/e8w6EkQ9jZlbJCSKdPf/5ThRBIDBGao7SYMm7T+3nLzGSJlV4nTG3P4EDvnhZwHXH7wBKs3oAi1hCUP73ezP0uwGo/+zpUc4LvfzVpMzSlZIpW6H9GZiYP1Q6W6LinJnNEp72EDw3N5j4e8ptG3rlnrtl49uL69rR45ijp6Osyauynd05XuZ0XNb8pB+cN75rz8s6u/IFgs4NjYd2SOARrhX5wky84QlXnAR9nV+LDIUfJ3/fHeJdCdqdsr29WiiBQZKGyQrgf/Ys+NddoV8Ch8+zuLLlISBjEirZyWbNUTWlw63tHB729oO7AS6sTgGAyizrAUxy9DoT8pcQQiOLylWxsd5c7mj/gQe7YEK2BRCNyE84d+xhV7zVwVnFS7wgkwkKCajqAKZpQbljXaZUj1e0dVHVlGNi7S6uxqwubTmzSyxTqIB8NC3HY9MW36BnwNXN3i+lepfGV2t6r51Al7G6kx0hXwwVeyCfSiP+4vf3h9ozo+UAF5sCubJbjFs0vY1T0t6ZCHgCrvclAF1qwPPeeav410vD0lSDcEtibjR6HsCIHVi5881vNVY6Wrg+MZFLdTtn7JjSz9LcaFKoP3R1068RS/I/rjWbpXbXtucC6PoGJIo46OQUTc+z6ysMhTnfO5jeAaBVdMwdR6GggAcFSLoYtIS4anU3FHFFv+iQSKivQrqrJIgN1IBbQnnlnt7xDkLvkRBHK3M74vTtYkh1g769G0NuDhIS8xjfXs7Y2iSqo34sItpnUhRzRKCxwdXhHJwzQnyi4iJionINCS3zrTIHJISXKlQiXONqlwJIh/MeyUpzG0CxgqBtwesOuVm8eCKW7iGVqmEGKdgt3xHaFVXDUGFUkdllmQCKF0Ss0zjEW2TmmWwB5h6xYay/1dCtcRgIzzCg9sgF+ai2JJJsm3ofaJ8DkvWjtpcWGoUdIxo1l0l8H98ccpfh5pHdmQyW6O58qu+gxjdwJnVFnEmozKywYFx4GVR9Tdd8U4qtBgyx4kapL43Fl/+CfI2MOwpAHKG3BzRCYCqkG9zoUx+MVMRB6Oqg4RReXAPjss/cBQ24RExyQfJI7QV4WWM+Jd4+UC+ht11CMkYxrgDZMG9F3/iI9hOmIrkFgN+cOLNynMFRoigsZPvOwz25wMQf4cnQhlQHvnloDdpyN1Qqb/YfGYERjrqEDo2eh9IyxoPdmicuYzn+5VFAvTofWEmshJR0laag9DYIPMZzIJ20DOY/Qebpiy/0Pdyjte4NbXu8WtrXsUZC999y82Q4oadDppbybMjzSYS/G0gfOV4/KNcIOrnH0yh/hIoqTCNehadu80hTK/n3r3O4WqEkCEHaKJIEWfQq9MNJo/1tmGQS6IlUkpRd4U/ZslyUZP3hC9aJ0my9RcaL2ZfDoYzO3S7udA1oH11Gc9eLqYoJApnjVJI8SIpoG/6+U428H2vTypLqHV+K5P59KoGn/5a25oe82rgjK2ChECWkPT3D3T/4elstt7I3e+GcO/kgkx+O1fcyipjbaGQx9oKtl/pEncxK1r3DFxCc8vIIPAlX4OfReQk6QV9Rqglqccg1Of5FMk1QoskkWqHv75QDvMRfK0BtGblMCB2xNqCuOv7dHBKY89/YScFVO4u9i948K+DaPRT9rj2fl/iohhVUydze0y6KnJOG0t4b3BL/slXs9IwlLGgBSxoWAGyGBABvbv2m4mnmOjIDZi4Jd5HmVUhOfU6OETYCxTTyQM088WyATQkTVs66sJGlrlO9ll7L4kZE3AdDoMqu6cPKmWFiP3KcRobIllBOH4uZtTev7u/tUuf529vQa9iQcPrnC3x7OAtM5cV4M/Ju7+id3saL/+b7dijSX7mBfFi9o1bKzsm+ub8QX1nWRwaQRzCKpJCFSv8Pt79Y03iUBp63glWc3dT4R+BmAR/nvpPYocUeA3ixMQKA5SgCtpwp7xjWChLf/xuI1X334hXFm8mZ7bzqdrsfV/o8K5fRyAvYEcKnmQMoR9CIeEphARaXAH6KTfL4vKjsh/UYvRAaiK2PAbuM1HtTjy2tQGdnngAl7J6Z8i0ENWoX8wS4GXIJxf46l0phA9UBRIabS/8YWOn7dm13Z2MsWcbu1ibUn6j8eSIMsfRGE48cxZ7CLQqL6FLoNBpmKwX3fzJfp0pkJjX72/tLMud30a9tpSO1N19Bvm8nl84xFEQqJEyVUhAWRKi2dYIi4UZqcEmbblm8geyBym+BC8elUhA07xpUXBkecaqhkGKk9QfyUfHB8M31HCCKWPSLjI1rmRuAZ5sc2C90+TYV0JWd7jsMirxa9TwIKWDlpZlrBKbYHcqRUUY1iSMOOAXrH66biG7Cp6PYqQM92KOkFICjpnFCHTHC+D7kxxovbIVQR3gq+SMyeQ7HS+TnEguzBNws6JKuyIM9YdyINjnu5u3+7dk7jwU3byjh1zC+P8eevQBIchUdUn+7qaaVcD91O4qbIE3mZNr9JswWnhZYVLGY0n4iE87GdQgqhTd3QHsTCMDR1NXnYB4fJ+gzBiMjND6EXIxHKnr9ZcE0Nx6omLoFjbdJpZcH7ftIVDyCOLX13SnRxjdpBu2g/PBD+V3A1coFbJhmbSwRczXUDqwIqrBPWs27w69JGAXC/ej5o16D1NEbh9ZoKw3s0ugJGYakmh5rDJ559emgH+6Ys0ZHhh2m5dhW91dZKMXSGMFAaNzBBBLgfuGvC6XaQM2haPxt3+NaQVnD6d5PMOnrWrn8RkcE+vaU99OgszlhfB5cjEHnEa9x7C2o/Z1d3Gp00uQcNtgIekeFF17xpJs8EuGlMRJk8MISilDjnxL3ilCGnBH1Es9ZkDF4ZQmm50YlumnS3bgnbHs7IYugY0e5sJjG+hmE1n80+YTmV0KVn9xt0dlQZy2X9YPvaURwljslR969WYTvkPHXMhqL/W1U0XG2zO8x8R5tsnmsBWbkVlaCE20oMRQvQDnCtXF2AovTqFwpXj44ptd7FVbHUrFxgzrQIW7KqlNE5QGlqm4tapmjLM84eqpto1GW6G+VadOONtdJtAJYY1EwqVmljdmnKDGlVGX3prqjCGDPwpbCbONl6TFXgblyRuLo5P6AmJinumyn3GrwMxilnG94R0i+7mDgoyJxaNY1Vr25U1PXip+lQSVaXTUqC9ZDhUHztCZytqNNskRzXnbZuq7gAH5/i12KpSQjbRyc7pn8SGAPYC8D5jW5Ruf0r4UaFWJSLUoi2SiJIk67wW2yn32IF2CfMCpijaqhAxjTkkWrMzdsZAMNIc4RTu2JVFkhuT44XPbRYnS2Mxeo8zbLppGlc4fsMVB3yO40f2vmCGV+Sjbk4ORiYc41aFijDqrYa7AZ20HSWfmKxp2OapfIu9NjN8RXCpJkGR80zxPT5qLcjKukRZ51YqaArJm3Y5hK2pfnkuxkISpD0Tf62g+RbWpOanTda/puwEABGrnOMBnvr60RK9oqs+kOGDzPgXOYX5JudxQu5eLEM3wA28Bbj6yONpp0Y8UK5BDOxZb4dAkC9PBamU35FEhqk0jMkuvwvG+JPsnMjs5jxCDRrcGliOO8jeAIy5xglCeRtbnJ0VYG+dL+k1KMW8rPMXJ+qnv9/aKMmpvfo4dQg5OO08jGeWSzbZN/iMu4jmf+GNF22Zjj6jrFM3ooiiMY5zUhY6bNiHyW/8z5MtwAGbjnUCW+A5YBoenkWfJKm/NQiHdn9vGbTBhLivSZpyBSaux6wth/kSHgXNh5RivTQvAubIX/8AfFupmfkxCuSiA2flrTEesLGGOHCINe1EXv1AXviEfd6KuYbirXOFD8kPhCkcGs8uMGLshfUTnjx226mJlRegjqIKms+xDk+K0AzCFixHO7B36czVyjOWRINFNU7tS8g7eqfJHJUQaGBA01n7ixgqB4GEyTrgCE1cuCSmReomjbdLS/rA1rHQ1j5qOW/V4QYpB44teWyWj6ji+5AYx1mNJjboc2qeNTykLCVccxqzBnSkh6mks7YbhmjIEmscbcnNc5O3FYcirNlwGl+180ZUPyGMRzluOw6InJekUXhOPt1CwDL/Hcw4/V1Fzuu06w5BTZVi7PlbmcvBSrpO9W4pUU2Ipz4QN0F0kmgs7QKSkyvahwpHgClMrEO4pZatgkApYmS2Z6NwaUFIwlSScQefJiA+7CmNcA+shj6BYsGqiCNvWr2txr/bk7psd20hxk58k5k9gBQJnF5DnaY52FsQOxguWfhx0ZSVLQBll+Ej5xS/JiJz7VoY8QkPb2U9eCXS6UNkBtR+9M7DkaUIyNf2g/V2BkAJ0hHStPfN5zXcw80gCLlKRqyviM7+06P1MHMG3sWT96iv5bUwM3GqKX3Ndr3egIhzTWa/av3D55fX/6cQOL+U0Jk67/oJnehOrPLakiYHIXxzKVl0gPyA3djJkzvZwnZJg05VN8SCeqmdMvzWeVz8yJpgZ736+H8fEVMO27HZoygdNIPfcGCf8RJkrAjBE9PADlf46kEW1qsdX4S9+sSRtoKGiy9+a3Y0rHJmyaoslWdsvUmyhaaaNv7/9cEUlvmj8ye4aXpba7D44bz4ObM8vOX2NTUQXgfqoS1wamVeb9ShxzwcNbo5XT3bkTMlup+T4BQpoJdDnGsZs0ahlURyPpktOz8m1kHu9I+uhGY4XMG0hu4+2Ds6MhXLmK5eDgVKwSOm19ksOJ2kWZ7D05fxbMQrsv+iDefvjclTc4gQCou0/ui+GGFs3iAdz7MZbNcY4ed5YdHLD8cKApBQKhsMenagFSBDltwU9DYfP3OF1iUlSKQmPJDMeOcrqAWgPCBwdFtAhEcKBvAXFqHjnEVDpOl5cOYlC1D0HxNyRNktsmP7zWThcJ9zSLb0MxNNHDiAy75VOS81C4VU2GFTfISYOqIAQlbvHMirUgKN+4bPD9JnagShbdLgEWY8QNg6qVAhZfYtHsr7XdvP1aUA/n6C2ffVoxKyd+EiZxkiZ5Vs3yefuljGa0kzqrhy8aBCKSNmsDGI5l0ZfZrAiggktaK52tJofKrZm1qdpiwM1C2NnJOunhq14FHDJExkbv7b5ybK3JaNRwkeeT0gegr3k4xpJ5tbJpZFb501gyOgIW1bWRuHprRekBzre8jYKfoBm/SlfvkeQA2pXthIZ3DQgTIxrXvNrMrMu9uXoiUGLVIJAV6FryfsyPUOaUggL8sBMBPG7yrkrg6qExdlVZD+u0saSzaNUbaN9c35tKr8+GbMwaPwY/8I7jeTjb2kR9ED8olzaRw8SfY6VZOj5InGhMPQWKUjrGf8UYMVztfZg9y1cvMlx2qsFsjhAmJ8Yvf8WD8X5yE5lLg+GX6d2SrdkWbIHJ5oUZWYZQ/BTbk58vUzCmMTteP9IgmJ3Zld3ZE4y9v8Y+NdYuuzA5vxvG5hqTfYOa8GzI/sU4kHWodRgHY4SBVyAk1P+Tl1dgcWsOmbYKAyJX3uPfYByOHoFv6W5/NPUZeDMjU7e1r9qWEI6FsmWo8RklRZ3fwrPR5UGdhL4YegIZooGGgKMmV+/+MdNmsUvCrsyC5KNTHA8Wk1iKQI0uGEYoWllRhlg/O3IIiKA5NAkpi2OflJdRnIdOZB94xGLHzKqf9Q7LF4mAQUX86clC8fAj2I+Yecfq+qdyOiUpzZmU5WzOJbNyJ2OTZeuhvJgcdZjzhR/GRjcGORjgxP6cWEejPOfQNpL2Cuu/GytinQv5Sj8DyW+sDP+5kRGBLu+7tL99kZlDPvuQa9Sr+6mKVJ3AOE5rIsEqRhsyJiItYCdMXJPJCiDuDYUMwe46F2OkWkzVjwOAQdsJPf2znWJiOVL7jup8H04EDwTGcuOCB8ir7N+XdkjscnwS4A3GTssX5Ur6kZCqEDK1V9PPbnGkdr6dr4l0Qp2ad9REwZdUbfwOpICrSWKQThBv14LrhxT3wykLSGeziYmrcC3mLa+nLrMDrQih1jaXQPXyf9yfEosql4rbvwz5e3gjN1OfhjQGcCt99OMLcmk2w69LdW72rJHGz34Q5X3CKSG3Q2LDRQlv2Jxo60SgRjbqzMXY6HetE74YjLmH3hwy+cy5B6MydJP+Xo1XvaI76TdF436I1PhXmV/cjVN6z3cldhe5541NcGUDiBWLKhWlv6w768IUxkII+/bMt0IU0W/6J95KC8JzKiZvtimbaVicH5kagmeiMuu/KyqeYFQQJ4gz5WrV1K8/X46Bnn0/EYHT/2UjpoBOYpsDEc0+B40FtQT3IHi4bxwVM/iiqPMwj4K0JlI3VSrlzcWjWmrPT9ywwfPZSMP5oAOq9e9yBW0hcvekR4LXLl9Gm2dc5HEWoAUMqZECmIWMG5Tn6cWf0LeHDM6I0REx1mKHp0wkUDyU8F8uiPUkT4NUg5hb2zC2s0blIDo1/1YLYrfPsyDPQ+XUxPtP0hlEH90wPUOSw4t41mYvEc4h1ou8zJQGqeQrgJpHitCV5VVepyt1+JKuyt2FkjfpHguXMQTsX7yy4Izt3ncpA5qc24vrjdj7NPIhs/FrevO7dfSFA/0fRXJUA0N69Mc83U/5nC/5mm9BprpA1IpF0h+T9wfNXOZuefWEXMgzo0p5oF4FfEoskB/Z3AgOS1YFmiULpQbTYEfhZhtj7oBnYrbJfZCyLJ0LwDFhTz3R/BQWtM8A+p4fQcymqx+RxUV+xoZA4DjxWrJV1PhXUABhKArLrO6QlwwNJTkq8EdpL87pSTzQSQt0xnaiDg6vJm8WwQJiEXbquumPt1I2PClXRS2FFuSQyinLhKEmrJObEV5dzil4nOuRY+ew4BsLRwYbYW36EOKgd+2JNbTmynuiPwfgEtfXTy0jYluWQaBaBbUA1JkRTuLEhpVdePH+DFWlSlUOzFUah3ot0vGWDcdZRlzGrDIy8tYgvzNwa1yB8JovNEH5cka3ZVYtnAL0IpSCKFbJ5QrjFK4kKhE04nK594ynccWpK8JmpJGDduT0aicrCOK/sM/u1UgOVEu3Q5CmmasxJXO10fBgEnZz6fRpKP1tDUMJ3XuHXvswLh7Mv4UQaFlxDKS9rc9BxvGNJAepdZlLx5Ce2jxBEMqVd9rrQjTrKPxe90YBN+UMiqMLeQJ73afMnfj816wo/o3fCFljEm8xjaQ5vamZ2kQalpDobJ0uz6g6ZPDtPg2Je2/kV2Uu33qaZDN1xkukvA8iBbWV6zKhbT4ofVjmRmJkprdR35gGxICeEQO/q485HFbK+evFQbluEPA2O2zRWI7Murs/QTxmVT/lknYqKdP8pGSbhF6a9VP7ZF22VSG6/wpge/bg8NnIi2DXrOxJTqtT5kqWx4ztOOE0/dLqhpY78sHjhyZZduRdB2EgGmC2P0giynudKtFHxOy2mEX2ugaMm43vphBLBgzpgrubxq/WI3209SBWfVKzM0pun24r26gFNr7Xop9c2I9JJtMsRXsi/3GC/cYwvy1jOM68axZctqYcA49ngr/PAXzy0X+eU19k8SlFerwQRLm9YFRBzvRJTiwFpsVM16m6fm5v2AtYMk43NQ45uSmncSkWt5iWlvFHFixRodpo3Uyd++RAUNr2s+5W3rRfo6YvmgQMpWJ4xsUdkQrp0JiC9WDFl8ZXim+kDmTyu15L20gTjpywwnWo1VovXMDQvfiVs9awqDG29CnOD2ScaWLt5h26mTxIUAzpg3Qq5IRb9iBXwNosBMMLIII0iLm6r4M42nZtQKL1rwhkt/g7vmQmiMvkRA5zXkm98XNKFFsmOMMXrLAr/z8/+9gMicqsZ90UqE8lMY9csvlVy+pfuM5vJxN0njC4GcfFfzLX9f9yFwIAN24ffB2uAhy+Ehr1I501gNgy8J3eV2P/xTjEYSVY4v3z2RjktjiEkZmqjde/re2ldh7PaIbPqjGlFDB8yxlQ5o8PsLTK0AohF9/DTuf3OFyBPUoJDpfkcA+INGIpIR90xXpkGBCvCirWrwQgOC6DLq4RY+GIS6lwGKB+xkzj7vuCy1FaaAdxeXEC63TQJGKasAjmtXPc+T+5hUL8WpZ6EMjEENjn2CIMRtjdw0aPxo4ZUqIKq6QTZKjYn48USgQUSDhXSdaltJ8a6mApZEH3Rm5BgDB06elXdiE5Lr7IqJUYpahHbworuLIqqQ4tmNysKWj1Oy33g2TrfONCuXzOdf/QGmisjV5bZ6X0AwOJ70CPqNKnfV89pIzwXzavZvRHuOYxix7WzsPhboQmNg3y3f8Q4pZGuQYHn8+PgC491hUBPmKDRLEf7LhV7vSGa5pRO34NuO3icd8JO3E91nPp741g9tB4rT8Kx81PWnwnL8d1EW/sjr2VNiZD3jtlffbQ+K46qD1xSjBd/HnFS/h+2tPmcmIQ7jB2ktq39QBVBB6LE19Y6DKjFoDvJ5pI5zZTF7dmXj2K+pbhJ/xHC4xLpy3UvYmUB7fl7fpicXv2A/htiiM9YvGgOV6zX67p9d/SGRDKWFfbrQIyaq50jgeiMM7u36kto17ZcnkLGCmX9grJwZtzQJu+AQsYd+LbRq2j0umkjS9uia3C51Jhy5PDBAT8PjsOV7LZQZCStE92GiAVpaW/Yok2qLf+P1KTY+D9JGXGcnzkClJCbUd6E2y2bJG0rSdBtZKy/n32wLoxScxyeV3E28zFsQIXWfGYCOPPRX4LEGfWBq3MLJON2JHN3l3tMcKzsr2nvpclqFb5ieIbB6Z/jQfrc8ze82XP4H7Q25NzFvCXWA7euUtD8tm7QzsfiJl1l6arfTJvR6vYt+6DfgQQHFuI+IjugoSu72yh6+LAmpvjeO1i57hgnAWvRLCpwoL3m8eaCIHyHXsOvCdWegC0VL0wK/vW74jReuQ3cDMTI7wr+s/9tRtTxXcdp/4SznlJ5EPTRJJXz1DL4ySJQbhOpoWwgAI9Fx+Qo34Lmr8LduEuWoB3iX853F28LRe2fy9nySKdTIzP8yPhi4vYhDfivhi5XsddRgb9IalGZ+lCUWsF3sZPF3DCZq0QYBF5dfRCy3aCgDAfuI0+1V/JKpOPWU5rOXYBfddLayOGIePd+EmcYTd7tbuZMf7pp/ZqY+JlLd8/nxWJZEwwRV6R3WGtXCR+TURDwpoII3E5SVu/rCK5ggLCrtasWcOHx7iZ5HX3RSTWmKxaSsqykN/U7BhZ7abu6laafHxrTO5Iv5n0r/1XwtpmNLPrimTVhIJ4n/XdUO0iGxu6grVsQ0zE8tq6o11cLyG5jJIS7Pm18jzgMLK7uZrAuZnLm3T5r+qhcsyquL8JJubAmommN6eE0cAjZEZYoG7IJ/W6yJhkQ8otsqW+mFjuCN4MMu4PJwI0Rr+1+OVgOQvYchdCEKMAWOfLKi+tOPiBEKmXAIGtIQC0ba8BZILdgwtkSrmOsmwB23rQ8MWyyWvUImcdn0XxfaSDRKeZnO9LsrrI9uZDYdPwyIICdnSnFW3fdnSLWya5gYB0LP6nwyLW3s2iORHf6lwAyVmLT4HMe5quTia0oEdwgP0qlLL2BHtOxTL4lEGbCbrGiGqzYZhOmi63q6t5lby7u6fQbP7+EXa/sf2wzS5PVmBNJ7Gg653Lgxf8v149R4+ytwh5Mp6d7FHY7ncrK5rNAulYYxEKV2djbueDVvbaffs6++p7MfaXA2qfUz94Wvll2X995iK+t9oHKn9a2LiQ1WHCxNOpwgFU6xgpJvy9m49n8YE5CH/Xcf+ZoUBxtf/0RbMEmuxAw8eHqcyJsFSVPwzrUN0uobBpVO2Pz/hLcLt6G68rRqBIzN/sPvm3LEAVqfGS1aZRO2T/r+RDmKlEqo0XqGZXvEoIrsVDLP12CHo3GnDrxKtN4xamuzVPA+piPSNnLXCTrjXYgMR+aveAE7XrpH+Ra/N7T933nvYHZlN+ABN83sEnaKem/uyuWlN+6kEpDEbba/ccRB+/GhJbEBY/cLjw8zGWt7YlKq4nYZ+O7RKOHSd8fEhk/2+7+h8zqeuT9H/ThTBPFLr2QatWRRAigIT5XoRxDB/Sj0G1yN47rJr9QZrGkbYf1MtX3CR6/WewlfGYkraghl/qbRgUbDK33qHgmvQX+r5HtS/9WDCbYgEkNgPRJCeH5IvYlIZImTra0imMKhjlwpxGIomW3eE2liRwjXX58myU9LodbqIRy/tFJwkXH5zYVwZhwaSdSPpI4B2LcmBXKnpuhqOWzreYztEeqxJycr1V31M4/pu1Os5VS4//hFCmdUVFimvOthKrjXe/J7ohx6A1j8ZSLjmYwVKyfdBG73Syhx052VMVB7FYs9AA8ErzBQsX6Wy7ICECNbKAFmT7wSMQ6F5dL4pr6yw1lo3tRGlbo/qfYcicYzr9BJYLayBw7kO891SM/12mBNWqbMJfA2sAXsi3ny5XdtZXPWEXKunLlzYtWe3tHUMdA9h7/VRlnOm1Kyt01lnGnbv3OV8B5cW9y9EK9t3cvYCVW6iogLQjZlAZF1rZqu52wro/uTn11h3TxjXxOaqoXCyFV6Ps4R9Y5IPuQZNZGavocIVU1U8Rk+9f3K9YRwJ8nNIWGleksMeHQgiEjFGxO+GYbql7xT0hMrWlMPSv+VLwAIW26P955D9IgWSfoXBheEFz0ifj6jquZD95Jp8xnGV/KvF9+yGuLp8uLnVfyIgVVGCootiqTTJVl0t83RQTlZhTRrc4QmpFXF0yf3P1sCm90ZVi0WFSQiJXu3tktpr42odMm5bziLE5+NxLyzWlbEMBe6h291O7+YhB/o0KSGO9lEXGOTO8XdxexfxfblZtlY3WwrUKuN61V1cLZLS/477RxufjCLy8hiZ6bra+nONqKL+ytx7g3oq5AV4ZGVYvQ2Y5XgoBV1qRMD2hawUMEHjlLuPIIZSNZjVWWTkPQ7dawe021ikdYPLpUsugw39Ak5sqnr/D84x+UDhdfpNrfKdliNNGHhs17PCa7qc6gYSRUkaE1LmPJTl3GxuQREeYRWAQULp7XfYmVg7SKdYRZXF1yECvR2tqLf0PbislqDuMvlW10ynpMv1V15skj6bUJDbOgp8tb1vdJPD3S2NzDGK0IYURPDnz6jO0ekwzqC7UXAKOkiNwF8RtrEC6D1yryJv/Rep34ZF3M7W6EwKy4ul/dJFxGiO/TlPaTYOhO4outlTkjZJHE1XvseByt7EbF7iW1iI78/FHHl0LwR77QElN946KJpxc5yvS7o04N2k2gdcatRp8/p+4a64b0yKfBlEqVGQeVFMkROaLqrEAvDatnd5ILXqm9mFN7dfdMM3rtrZiAcoDoHSg3IDeKSBRc/DjlBEJpmqkCsl8ZMjvQYavrjIb3fxGs2GlDJ5+IPeoOoPbJWePEaRRKMNXl9amTB5ca/msotXMv26tnDIRBGHPx01iG3hGLWq7bVh39ORknIJbZrlAXE4uoYyBT1u5KFXyyh7CUdhi8PItduDbiil09bjt/ZPNYqm95TyBiaTdPt7Gt2tk/nxc069tEBZSaQ9GhySXVks6HXUo1uV/jcrMO76hCc+AEFtBRgAlOf4Y/mnJ4MdvrAfCpgJ3dR+k4iJUx6U2FIqZU6k2xcJlT/qcT5fY4BJ6KF/y6ChR0KMtHKz0NZ7g4NPm86wRYKgPYlDZB+JjlxRS4qgKeV62vDc56SXyGDKJx0QZIr4ktTAHO5pMZysoYC91j0N8wh+FOG5vpBTT7P+r+jKpTcCkdQQS0yH17lCDoMmRnUGa7jz+rTUbeVHie9k3mCIVDdV2guxTLRgsCM7674WGg1cFUDr2dSkLdPVVy7Wypg9wIMPWvBhcD1bKN535WkBwl08JFUBbbwwI0tUcHqgGTk+5imQNZeVX+vb+t6uNJ6PR2n4Mc362e2ssT83bircrIbMTQ5/ETIhsoYzPKxRFELEyQn1Z967Wektgd3tCXbk7tfQQ10hFeF+JtCft/dDm4vJ9/b/Qx058AE/YRQotnd1oks2DvjypT+3r51KQi0luvh1m8WmA9qX1TtfbLOBb+4tL/i0p8UHf+80/SsbCz27EHxzxITiDi4N/1QCtYdtQ5enmuLEJBuy86Tda88VjTJGULh+rN6lTsQ6mGdsc2GsNBHE0WA6v/gNWP7o313Zt20r1kxLjoPp/DbsuxUoFRuPQ+Z5V0J1yHSdd9BLq4eSyWRDiv6ONDW3tW8lCegwGhp8oxWrQo7Xs8VizMcrMICfcLbHqiaJ4cYgS76C3jUrf6mhFefBTsozHbTneruX92QqkDeeHavwCTVaGazxsN5doXopuBk00BbPuEjSTsRI8ut/2/nOSYdB9fMgAgK+FQi6Cgazpa8+fVZgmsv3zh+D2I0hozEakpZu9jgtNZvH9JGX2mQSVxjh6nNVis6I2YE08pbKwss4w0o+419k8gT3KslWl5FxCvYA7jDcR43Ua1hq2CXVCE87Z53tq4ZfUmeo8R+Po0bNIfAXtek0w39sF3S0ThUkBUXRIxGFCoT2f6k19nBxL8+IfFg7LcuoSrzJCMfF0BtScKBmTd6/Dz856RGI2rb0uTsJNPpu3W3smDO3y526JteA4LUO142mReaUR+g9W2UUS1ExLTbNFXKDhzuv6pJ2vSSfdm3jyDudSUsiZ/NmyE/kHksXFPNwwvQhj2sTUzpnE1poSwHyFzqEk308ZxKsaFt0MgmCjtjtBJlpVLoomqwlQ82GIkhh3pXf4D3NIjp53uSOAqexXdw6rXVQjQEXZelMcpo8uLgLs+QAb6jgcozgtxk2Npv7hDHcjQhxbIhFr+GRh2Ln1oGuKxdR9EvKP0wVl1u8xO8JF0mS/XXsQ1WbQ0m3Ewd1q0Ne0ngopAHCGDm3YZDql34KmTiWFi/opUWhBPdpVBnClYEFyR1QEls0Jp3AxOJvnvDZjOwIy5uQy7CBIGfA0JOYfRjhWNA17hwL/2BKZUZQmGJjgBdjgnLUISZFN2rPYAVehl8jVDNljG+DYLiMTTkLGqIVexeR6axoxYqA36Ry3MgBDSexGmUjYlftAMWLxu5oCC3t9BO1O0vPqRURyRcgn8rEpiVYvSaihYuGTK3pChfeFCDEgno9wfsTn5wMSEQnGVBI7Ua5+tMWCSmN8c0T3pN9iWXAfgzEaMkhlMt0xn0IG5uxMtSbW+C6NV0n9bF3B6b5RzmEM27blGITXdzLn2I/s4I7hfydxSgjLz9qJhLkmox/AYc7l2Ie245lfoEcZaZxa2u28rk60Z148BBuWB4dPdzdinFuTQ5Bgf3s2GwJlKR8xvgwYe7fckOBTLng5peW5UEGu3cTUAGm8nHrdcCGc4S+FOBsc32I5nGgrPgxxI7pYI06IGtGDNfZ8ZPDNaI0Tt7JbKdUgZ5dke/v+g+tlHnGOxBG9aGs0JOjmp7+kg2f/AdxW7hHnKjiu3QW+Nv2erATGNq5GsRE9k9HGBiaM7YGM0Zk6PouOI2HrH8wh5t5Rb6dQG5r4SciI8xUZ0SMZ8Z1xzMcHACt8RFfBI758Y42EkLORjMV/kpJMcEYOYNTUF/HXEWFYuEHgnEayse3KaVBjuYKNFOyujtL1e8hT3c27r+PsyS28sMzPmNfGlE4jGymadFg1CpcLeDBQ3B9qkfU+hjZsDSjh6f16FAC0kUICBlImQ5oXU1O7kJqcoBLHROAioKnQ30aEwnnEWSJMTauO/g+QMeOWi6DFiZhgY3fj9mYv6gfDZXxBlbgOxq07HFKLjkjvc5jww9bijkOdSQ4ZquSY+pgdcf+CKK87HYoNPvEdyFD6P6ZXj7w1+qpUMJbcI1kFMEcZHIZYuZRtSckWn9fwbWYeDbSXE8x+mXG4HsHYYO42EZqbPvaZqAJgx4zGhHks58DP8op/spNBcXl5SuUqgwyKsp1CKTL36Okcbp4b7BR0IQxTQIOxBhoSnyP0oOPkozlQ1Rmo7Uut++OqY0buhcXJ/ps0Ibe4Yzm4qTyoDTGqz9hRKjsSElAMwBl3x83D1J5OyihSsoi9TzlOL2TxcoQCzbgesQ0pVTeIStUnTTZl7f34QeUqUhdzeTm3gaJvD+2MLZg1jCNVqxE36enWBSz6ooWaD7Xla2arJpS4Y56clDM/ueCABTClL5V0anzt7f/UGKtH4s2jFnSzJHyag2EdC7KeMjNse0wkLIFv08zzu9OngJjlf2dTDHzlmZoUzNnkvWGD4J/aiBI65b93wz7q9iuS+Zn7FCc+XrehzBSST90On/YM75jlMSTOKFZzlY+ZGxKazwhYbvE2mEtOs6l6YHOJPlAvGpsxNHsOgQQforIjhUOQPEy0r+arvRl5hrUprHeRDbmlcU4Fx8+EQWTPxJn6BTHNhR5dsZuuFINxSZFIHwHEHByQpPNYPSkXhuehH4USQDcVueGhTCOP8SucFY7+D2CMDOOtsQOaqynDQY8BeM7KeApU/Kc66opC/6vabFTrI4uts6/BKjfv9a6zkRy1IZnI6GEhRzh/3v5m3xufetIxhnOHBsb3TwpmWJexKi40zWbgUM2yNQsUueSu16gKKv7gsMukUXiL3IqXqwW4W55mch0mEjGE4ozyo8vAyUN6+1N7Ubgu7BxlrwA/vJc7OofOuAsJDXsiWAzI0heOdCpOwNbZZE3KI5p8imzZcuikTNk0lgV/eS10unM7lUWeFd41pRrPXtTHecTLEfGvfApyrgWIzNFKfomp2Kr3pRWClzn5U/aqIiotCF/1mKgPKENVGlatcIanTJ9d0kLXHYE2HMCQrnEADFUPnG8J42vgfpmL4U5dICq1ovJ2AgMKjalllv2HMMbx5aeKvoj0Hi9Ksxt1knTdVsB79U1NDYjw+c6wxWU8+NQ+tyv2xQ2wM+1GUHDlV/6idDj/2qZmnepP/BlH/GwI1cj0mpuA8hq5/hqt1ydFSLJfBUeulSHBlSNrUG7iQ2gWEj/fSwuo+PtYnD+F/6b9fJ6WtWXNqDAzhafcSVRhp7xRzIBBN9aDRdUvpK4TfU0+ooV3UcS/FTW555tVxUeJ82rdN/cXcfE/rNBp/D2cWRiBJQCowpQpSrH+rJsLqmRyylDfzTOunyaoBioIfRKNCMnNqrvv02ngujB3qO0O/VeGfEFlpr6hAFADTU2UFloeYMbEJZlKGNMmH0+DNG3SJ/PrtGmT6SwqzGmRDeBW3ZMRAJhTd0rE4QLEMXNmuYAVeNx646WJVn1yhJrPQqaD8dCsKZPa/6ohwkTJGpcSNRZCGdMqSGWDMc2nliI4mK9cYsmBloR3bWrrhedwYfgHxh6aHZsG51Qvys4Bx7d/lfLBJb/RutNp/jitBouxcyvxrL1ZdmceNZIey+YHmwgpCVlfReskpgjnxrkWwFGGkWg5qNcEwr63HGBu7V6AnQtUKVdVjTb//KACeGwp8ccELX/Ix3XvzCvkZy726DCLvmNp1aGZWhUmg8SDEimXeA6wlxWEoWDG0PyK1WSzzahYkOS7h9sLyo54b/e6JBRMiVtYK1Fq1JvZHQAZrghomTY1wWMzFM/eCw/nrSC6D6DBy1UAphcaxx3ydTVahiWxyiu+7S1pcTZuFItqce2PVUgQ9da/Vwzrmf+kGVYb4+UWXfcv4e+SW1LQhAfBe1FGCInP0QMQvfvxpw9vSpvwq0u7LC/voj3PeXyiSRl1MJbCDQ2Ra/Qj4g/GWys3li+2vrWkn8hTYhvgaCmu2e/iY3UZd3lCdr4tF0l1skYmrhBReoCo/HrUdWmaGe8WC69NPPdTMFijCzX/sRtquY2z2qdKri/ICsJR2nRkqZgP+mRpUaJSIC5ZifW692ikoQFoBSZXuTzjwx2ACPu4o4V3hITAXL103LiP4KDViTwAiKx4o1/PcXq1kgqR1UvYMy6emoqiSQGBzK7+UCnkOtMKFoWMFmaJTWYkanndTk9ICDPBtoTcsfVZcRkVSw0p8mQXATTRiHI1xoH7k/U6gLwlX3ZWXClANBsKIrEYHVa14x4RxZBsV73sRCd0NmlqMzF47m8sfKfgRgGooscTbIDV5A/KMYskVDdDCJtFyi3i9TSdfBvG+beQubvIBufNlJRh5e/BHSOCAaW5vL8oPHqRLhuwVEWU2Ta6+JUYitaVwpDGLrCQjo1PSlRW7wpCXV9i2KEkpNc4b7nOY+q7rGKqlf2SMhURve4m4dOBGmrp/HEoQwnG0DlrTw8Y8wVg6JeAXhAYEPc3a2xFeqX15nRchpCFhgiY7WLNoDEBgpoPXtq4YvTqq6/gMkaq03rMiZHgHEbprQiySXtBnXLKFuFdmgdXkeVsnlQ0Fx9jAGUal5oeqpCUKcs1sujtsXnF0Jcjq8dqaFJehOxBycaKTjJHVf+HWN/Xl1CrRf6AT8cxcAwEenMtQFyyH5vUPodjvi+8PTEDk2bznzwGvCpi5bl7AyKydBGZqOjOHp+9kNaEhePu69A6XCepsiZfCce0yxwtaq8iwhHtTZnm+76ZddSF78kIILt1WrYj6QmddjZ2o9hRmmCQ4Nrz309GDN337R5BrQ+ZF7lYoFKkE/xSHr5vGD/d+CFbhWDIeAgUPqSALYKPWMufMvYs2c5POfTKioL86oUGIUlZddybMID2wwxY1mZIpiLnZVdWGPtyLb3VUmis00ZVJOVHUmMeP8FoxV4Wm5UvUnz1sgJjbB0ASF7277G1Ez3OSSiAt8kZosa2YRG/AnThgy+t8vclFpJUpQkWmAQ6nS7UWggrUHI4DH+axrfOmRzaM/oRzf5scmWgSQBN91mnZLlD0rBWVUpBS9jE+7LLVWE3saaxZLkGoCmJeRU0fYHbcnl9ayvwwXJSi8O4W+vk0oOrS2gISdOoesgH+1tTBEmJJGH9ejXiT18S3/1b7vvZ1qcg0FYw2QIooqJK7MtdcUnWAxgWeN8g/NY5obS5Ng3cPKAuV3HyB7AhWvOYAwYB6KGVJiOgtAnNZYJO5NeB9ihEojQ+oYgNbsaIudh6kX4pI9RW2+FOepdeSpjb71hZsejoRVb5dZ/r/j3UnhipjhssXNxC86vvZPb6INeW8dURNb0yKpFCqeslknhWIraNEf6WSGaplIKKVBMvOsZJ0J06vfbpbM06pCiNtUUuyjCKVwKOOO3puVk1yJFBVTLkLOkPc2HP6JN1tZwdoROEg6Z3h/c2UfHsK7YE6cN+kIfd06/8vqGlXxdv2dtKLKvEmap2uezjyckBzFZZvYoRdE2zMmweecp1MMtsik84AbhPJonW5RhtTNZ22l4/IW/egib5q+liosm31h3288/DemqJNgpVtr4SAM1Ok7wNOE+0OuciTw+nBFoJLK+iDRWtq1IvI6VIimaL5ougTO8mCUrIwsaqNOrgRmZvOCuuGDziCWZFE68CLDMSQ0chtVqT99iKoEAmfj45T71hxVVgtW9+enBP2VR2hlJcOtVBYWXX5gid71a0iRvPkRXAvgqBnCLl1paq+siVeSYoqCA/lVkp0eWtAKNf9zVLuNc5XzIGBl8bzk57irIVbR60VeGRpb30gqfWZGW5SmPCHxWroYKt9Y8tAKAWr/hiQW6qdtKMmT8E26qGvNpe2Ju4O80ReuXYD1PvL5mSXxShbgoK2VFDH5w0G9/r5i/HztpVu4txbCGdj9Ahe8BIL3wMW/FkazdtCWPQ0JcN0z3bg2XQ1QDtM+b1nrWBvZ/jlow/XXtrX6Xu/s0nOGW/s7/Ve8uv8P/jv6M/4e+Zv/0161/670CRnADLg5X+K//2Ovvr+v1Th6qw/q3DdZCJZfeRsvltEDoH8XOn/ztq92/8GbfdWseraHScYlWeqJN16lSni1PiT3xlaZ2pMqenH8zZCsUzFOV3C1nU+v9bK1A/wO+bSTk0P8BCCpxcWni1n+xzdb7KC1BRlLfsUwsXSqJC/QASUD+4aYAWnB7KTyQBzNmV1cKvw5kPqKqIdbHCD+B5cKZvQHX9z6Vq8eUSWsdeywj5/FwP0quFgx6sKwVw6atVUyVMunBQzKILQEDQEFIAQDvzW/l1FvsM+KS2utU4e4ZXKypm8VP4QB07SKr4G2vV/3uJMJc9/zh8DA33iyp/UVPXqgRZ/6fAMUiMk5BNFqL3LwDXq+SVA+0md3Ge2zgVIgIGcZRAg/xH5cuQuqAyWKE5oHUL+v8SEviaRRDgNbSsCH1ZV7gbdfewJEi1dBIAKOgg624WBl99DcJOnN44pI1crv6UYJSGCkQlycXjpUrvhSsixxEE0s4M8aERC97NRcRFgPNwBxYENgSoewrYe+tVt1X4VSNu9Lu8LlzIjY3FUcVI5CvQV6PodKsa66wiu6vQ6XaxhdiI+N3N8qMIO2Aj/kv/a6H2fj67HV6p74XfgT0yr86AdXYpNLJMUj09q5emuAOc7P5b5enAu7xm47MXYnfKEcDz80ciqdAYAcBk9xfIvh7IZxwmz+IY7R+zAJ7y6+6/N+Zn9zF6u9LpPUhMFP4QmBRMGCmM25hfeNkJN0mdneqLuesRutftlkDgUPTASGZ84jN84w6IYDOOu1KuWOVDddprG4ElO2fLIWhwBQNPABfGcBwUGPl+AVI44qeNgn/Cu3WvVmzpFwq/m5ZDO7DxG6hXr3XCJiY01h99UyH36yeZQH3ZXEhLCYkIXp1oeVwSQwQ35ZMgh8IygfxJyIxX3X9ZTJiKk8+4ey2CaLoMPMaHLrxvEMAaywzDFQ5f6O2/Xa6F+wqHJhxIuK+Qy4t6Pr1s7XZgK5vP0vXNDrb3XfZSpjqlPAU3QTsILbexC7DuU4kP3EQC5mdN3PIkjsbo2eeSGgF9K5164S+BhNnuPagk4iM7kgb4kJByjSqyJp8m+ZTdQw/VeDD3sF5RL5nvfpiDR9y3d/qwlBnANc0+qhNW2PGt9kLgfSr8Q/IbBsndM7qtM3DmiLfEIGE2EIqxntXqwe/OIMzNE3rlHqH+XmRuRSXGMzrt8YnnQwgc4F8DCJ2bcij0qoRSzErT81LqoCJXt1ahPj7cQteu4qyV0MXS7/jJWox96aSfccXR0/EZCnOfuXAxa6RxNPNhRuUAUHuMTc7qpcHLwZYdkVWPnd+oTFs9Lgfo0xvaq9iGRfJTwpwchYojBxic1FCGZB9yr5eDTAmX64p0vCdZX6Mnp4a1+qrZMVm3UuIiMWxHTQXhQUUZj5hVq/QPcFjzrCBMx7lyp2raiiM2k+KqIHkxFmmNYQNENtcokRd8iBI+5B4qJj8uZ8feVrFxvXsF3jnq85LHFcGAHzdufGVizhfBBLYZZwg72kCmN/Be4yYjCefobv6ryanA8KDlAFhaix99nOob+NjZV698LuVdKFuW/eUnpaI5v3YiGgv1cLSH+apSshDn/X1jL77bQfALoLwKb405rXgFT6svn1X8hzwv1+4sylEDlWrrXnkfQZK4ivfBJp8gvbQdtVynHmmSpDZgKxR/ujMVXIg3h/RFeFG9eLHYaDFcQGVEVt5ME8qEe1ly1xtfVaxeXhexwMao5LqH0P+Nva++dUkbkzEmK/TSR2txX4ewC+zAhIf4urMfuzAw5oIwYwSItHqAg6Rm474+sqvAQXgFmK/DbmW5eK+DDnMHH3oHg14oIwi0C1t8C02Cks1TMtFgXxcfCXZcxuqsi0QS/3WUOJjB0B5h5ADMsK5EFdIZV0SZW2lGX67LqwbosdeYjxz7xJ4L20k/P/Yxuwte8Mq/EOA2L0yHflTtmuf2TwFNXnP/ZccOvlUpNjH2kuy/ACerAwC2rn//Ne9QOM8eofPRvBxciiXHjm7iOnSZ6OAnrXP3X+ZzC8jpjbini6XIjosEuyb6/gMfSZ1lcY/ZknRkU8OGWugpPTEKRCx8YaqOltGSEfUmlH1+TAxlpopYqrytXvis8PGZRBKd2M4p8mSn0SiB2PWSBHiUKXoMZSnfKb4adnBy43kEH5cpOVF+3UGQAlPk2zUUK/72VsraL5rU+wKYUNw1uBj6D5+ZUgraUusBF3XFZ1kC8JYFVAE+lJktGDxZha5fjNlMj0A/aBayvkrcxq4HSBkD7YH+r5vqvw7pY5ny1zu+YzmGITT1RT6VtymblVTasAO0i8utrb1zUzKOLXlf/gMe+VyaIF/qw6ojgv1aEc22nb00K3ZoYo9FPnhlv1VDs5GEQa7vkYcq7y+cIPdgEihlff+XRWYng4QVA87BhjPY+rK4x+FC+EL0vwTGh0IwP4tTfOPabwzDnlU88UtPu9u5//5DlvzEoVtuo3wY3AGlhcfX6SG1wRpfOr1aMQv2cLtEIijPyAt2dFQzKVKcfCDmlJ39I2KoIsVYt3cXJOElh4oQBuMCJsEDXuJqkzLDMg4eSSwVf5hFgLj15ghiMB8v+ZCiNY+BAKtlZbNfn21Cr7G4hIcArcyxVy38/siEohgoLI3WGVUmXfyaroGMOyEJGOlN+vVB7B2966Jemjlgq/7g3KzMW8rkFzhkOAGR1bNXBc3gBQuefag6Lmvs6Uz7nCOWuxonjB0x9S1EktaNgjoanja9fAOywcmCEqk1p0gZzGMolZmxu6x17SGFH3lsRDwWN0aQx8G7ZUybRA/ET4NCPPMah9/1GhLi8BWhypXZB0Xq+hckf8bUvp4ynWVKMGv9I0jWGL++mNESB9BR5r299oHNSzV/KYmDvosbDNAgBSOdqjGl1EDQfXoC2HraA6Ewu0XGPJnYqlzh0ew3I6akx20AFl3v+jswPZPLMjkP+pknQ1/WLroXSD6zrQogcMe6sHom15hEVckMLQ1yvwDSs0goMXRqim3925QxSxdHvvmO0a2ECM/R7GpJZcq5QPU+mvMvwrASWF1PyTTQDZqksLO7V4SVduRL1UIJWxy37f/DEHR56T4m1I+yYcYaNzCnD+eF/E064ad+2bawuKkY96JnOhdSN928dkiTbDq9bZsEGocNArVOW0jqM1+W+/DkUNXIJO5P2ZdUnErp+5qgX3pR+9YeuQUhmxkzf3bzjTRGVAPn0PdIe1eJNGgcoYuRbKjxhvTA/aHidXhLae6uc7v2TrjerxK/YpWIZFd6mYd3WwFzbjgUaF7ay6+PdCTLKl9Gs3wFTAsYnBlUwjx8ueLlRxRLS5GSadqCVlGm7OiRo4sssWGQ1fHErhz/bbbBgH0ADuDVk1Lr/4tAidT7Dy1VzQ93oDblHwE6Lz419leh8qayPzyiOAY3rh7Kvug7BvuqVt4UtrS/4VeyRPhfGbkV69Cemzgy3CMXMKU/uZ7BIdJwHN2W0tqSN6ME3UGvXy+B3PSvaw6ZRrh0dakpSWDxo06jJzl06pFUjuTSpmjYDc5M0WQ8IRBnzu3fgkshZ4wwTsRp7N6ETHEOEw5+ghDlCyIlwy4vHlAJ8jKguuGLARxOGs0xD6TQfbFI0o6kVAa+6+KC6oDNkORMGN5MlPnIM25DjuwtmufmRvaezXfOLfJ0YEQli3CPz1kojp380CRdFn6uAN3H9QENvSKpM8QEOxc0R6xTBFp6Kxu02qs7goMwRe0ZDLcI2taKkDB3NTp1UZTRAqxNQus/IBF2WyUgNrJ47N+RUcWfLzQ7pb23x5dqyN9IbnxulDP/vZ8tsA8OQi2/EUNagFMJ5aSgLo9CLpvRRgvSXfx4FvgHe5VkQyFr3F8fGZnDgKDsBzwaMuiCIL8Ghta5rppvFeZobotBPbkakYNYpnAu5R5S1xpkiyIhRESwAlpwzDe7lvJHXTp6laXbR7ibZbjUods3EtgS5Y+TZGYBtvnocCEwRqeAfPzomLCKo5ev6qJPKHUUXVxw3syN/uH3d3BCnrypBJqFw0sv54tkhjlXzkruNGbw2L3RgjVgbvNw4OEaWdLzDuPFZTUfGDjsA8lrnJz1Ebu6f12NuGEVbWZccSz3a6A0FPsu0AoVakVxYe5a35vRzfgHwowJ5yU+f+5n/Jn4KItE9/h6vgv2iaSolEnYBScSMQzyJY30AAn/H/JiaYD+tws4fJVBj8b4+BIuP1tWMkrvoVsD+aR36d4Ftx53650WDX2sX+RbZtSEckSxltjs5hIrl9nEQpnmLhoL3O3zIJt5v02ttkadmT5PerTiQgfh1TJa1KcciQPreFSE6TEUXlp0azv/qwJ9ywDqWCOwLWgMBnyGKUrKAK2C0LAH7WCs9uZZuhIROTYTAc+BNyTBWPbUwTQMJSEVDjyeEs/2aoHae9bAk2c8B1OvTqperJlUO7dZxpTX969dxorv3xZP598nZArAyPz7TMR6hN4exNtuph4Rr6EITqXH28WQrhCokadLxiS9oEg7qJ+uvbmHFZBPDoIp1XT1eHK2GKQCqnQdZD9ZOh4+AFFGNaEx3Swf9utJneXtBdibpQyPFLhVk0NhYre/8UdCnNUAxhBqAb1J3wxQeKgIznCZeii+3DV/wkZkXBqPiJeBAukOjsC7Yfx9IQ0IeOf/x1yvnBKfRG7cPX3zYL94U5N6piX5pB4ufrlM7LnwTxAboLp0iBhL9e+rJftK5JMjeD71yUVAuRf7wohwXh7Z6pNzs7Qvmb1b3xSE/Y6hY8wFCKEGzNZQM0yMSYpBZ9c8AsopARq3tVN19r3KqfRUQRZAvhSmZ5aLR7mtl5gDClVjE5hFNbY+W4AjE/0y+fjtHh+JnxGZ6cEF5IAe+vibkTJU+c7MKDpc8/6ujMSFyPAFhpDM4DuPNhfkfK35YwH4MzcslG5xSuPw+f2sTL9FWnjP5guZWXj1/z6NIBAUml/NjngDlapnhNdmsyk6G9eI+yzpOfkrgOB400TKueMBWXJzA4/f4QuQP5PDf6xR2xVehRW4b/kzHW42PmFlI+nEnW6625I5rlRP6JxbFYSkbKDdoeXRzv+BLdHFwS2GCzrhlhtM4p+6VZfHhgN62m4t46xDu0nxEdaZh/1tbF5CMz/X69k1wzFo2s2a4b5+mWIqQtX1D5bm6m3On6bzjJrCOECJdMl2Brra7QUhvDuKVhOXbdkLsygVV3btZep9Uf6wgMVR1ZvUfd+WboS1LFIfFvAfAO9f8wWv+sWCa/7PZVGaogp/1oIT32NHgweMfx65cOXxdwjeDDVRn+2ZASbSvb/MYCOhCgWXfJdWAaDXxm0iKTuqPgRjb60bJrVOf518NbhHCvx4AWTgTescoHnXeq6p5+hekvBEJDJLE5XjE0THQKTYt2AOy3JY0uhdpVQwpaBMYsRl459AQinJrhWyEGcTYk4uS58xPwUqE7zc2MosU/sAGwnZ3OaL5+m/P3+MkZdfq55vivHaQ9JnyU9EaOKrJkwF/QOO38CLp5NHt20xKmTrLDMsTB5KwZzcKQEjHVmQ+3ZAi1X8swXjYumUr56wE5JY4hEStaz1KtEfXyyUf7Si6ZiU5ljtIOfEQ03UomASBK8aKF9tyAPfn0s7BfjlA0Pz5MwzuTYuAk0WSwT4GPGUDOAHeMV6EYz9utR9bl7c2CCp6FHg26hxiWatuTkeosVK9mjLsFqZE+1GCjFePGapE36Wh7Nor0hEqby9KaQNFVyhc8v9Wmw+ZSewxJJfQDVWDgXAxeeWBR/MyKAGAdOUHc6mgDBhOVYv99TS0viNVK9zeupNAuTJCXhNCan2wS63iMTgkkKF/CeMLOqRImpzHC2xx70ZSb30lwzxiz3ojnPFN5sUQb4hXa7LBx582Z5UXtGBfSZAzDe08RuzWBXW8oqWRcR2Rmz6JPL4wpTcs+bbiNuMQQl6FZRV+OqswIO0pBweTA3iG4n0MKDqyqdksehiFlw5+VtQKGfPatk3t4xZfvCSTNxFkL38X3XLfNaTvNgSPbMyow/yU8xhEt2w5NNGKCU+P9ziC/zyvQB2Pk0v9rdkCqto8E+IHhYBjyafNI8Y4hJxwb8igPtXDEJDnNUg2Ei/yxqp0ChxQQgY0Df1yYYSYJtQo9xgRGhtQnUylbPV3otwg7X3b9zPZ/XqRmNBfkwNRwbWRqGyhqBf4LfquTOA1GggzH9of45zkFe/d6uDE7PMJTctiNdcHVzBnf/iDHzxqN2RvWLpsikb9RKMJ7Qmb1IH8ibX2RibEpjoJ9j58xQbGCY8vsP6bazw8XIzTHtgU2lBihfnxs8bJxX35l3Pz34zjOWnjvWqWHCEKb14O/h7FSdoHUsp/JuMvdThKOontxk08yY7Aw9KAyS8bCqe7nHwEsRAyTSi9H9VXD7lVzKtpBcWQrdY24xOxGtr15/HVIkJUlOfUDBYciclyQU6quzW/pACWyvs+Ig2NlYdY9BsFCwo26NtWO1sPXJf1ZiMxpd1DPoG7BffMiSeVxNnJjFvcrQz+9O013nEg3tju+gAOoY4Sc85tANbWayQm80hNtNHnHuO2TT0Ucwy23Ye7k2D9ZSKfbTHQ2H/nO7HCAMEb5YeDI1eIvAjjQD9Z9WKA+jTNKRlzhSlzps7cJOsOWakZF2lCems5gTklcdawOmKRX4fCmfJ+MSyVImOLT5PuzVGc2vO8CFf34FJ43U3FPfPvzcfIHleaTsRgXuEGtSyN/Sx57Sx7TSqNdKI2xCv2Yj9eVs3HZdf7/p+kgpjROEfE7Lk9C3AOlO++4Ho8mKUWiRatay6QaC8noswg2cew12NCZ2nRt+oXIpv475vtSwca4ypjU338XHkPiSxdwnXpLJPZtGGSC3fYPoPWfrGqvvAb/AZ4En1edfjVPWnLATWsvTcrRy/o1DNUjj22emSjaPZXkATUibSTAoquOsVPT1h/u3YKCy+y3JiEcyXzMDHXgsHr35ILBMn549FOLgFiXKJGalkMc+uIi5XpJQAtW23dtIKpaasqg51ruAotMzm4eWN06m6lLaa0DnN7cc9gceFbBoFfNATAl54iiatp2vCSrEagrtEM1E0L/E8rjpk5hfonI4s51mSbvlVc/WhzYnYLcUvczRZSpmda2dFvZ/BK0Cw5zM2547GBEWzqQea6MF0lOqtVNrun2HBeFnXUVSwtRIlZnXFEi4gGCL3ZpkRWSuQAZYVMQNeJsCaO3KT4QDRECouDS3oWn2s87eVuflaUykADz9SI6+4jDPzloxFfUVsb/gx09qwteimkvFrFOVfoWAnQPjdmgrS3hSMRCaPhzFU5vbLUri7565HoU+pZn8AMx7hLUM+Gk5Qc7XXT/XnvvCKoqBcouQ6Trt1j6qsDPAi/GWa9asRo+y5ogw8nh9iK1RzQdRq0zkUuhmwgMqLcJ4AC9ncRbn8skpel++Ruc7UxGlHwdlrSl6dbguKUQfyzkOg3wJOLg28Olaga7mREgZ/4rcligMQxNbCjsKFwZ0tgde/D6Ov3NXbHyQ6OQlQ0EV2F9BeIZYmFMjMQz6kogqQWkFKxdlTem5fyNrbLSuJ7L5GvB8XrDD7q0hiyUvX6vlAtFdpw22SdLkyu+UkdDZ95f3DyG/wHjfMH+j5R4chDJGKR2m1py2ozshjBVi45EYpzr5JEJElF9jnwfK/ZoUkukjZnGU4y4BH5+L903GyMAFaNa2iEshKJKrJJUYHG4gkapb5DEz8fdv1T3HMDlVo7aom8wx1juTXFQBl/xqFDep/C2EFaw/XcUobrP+O/poXZEU+Qj3UHzwcVQluqcG908N+h987Od7skdsTZ4NoJ4CElUwHEQraKizkNVim5zEWlkH+bcxjvI8gflzJI/0BO1vP4P3SZaU9078K8ABgelv3KMXSflHK9JgBunBv99GQbEgviRSWpQb99VEi+w9LV77SbD9w0trsvqLdd3SBQlMerdonkKv5lFfeW8l53iZsPGIvgdKRPwDoWI93icDHrkV1pzXZMrpgrFp2TMHDvQeNYRIleguYecMYNo8lFVKC562mdeGy9synWucXRdZU+FSqdsDar2L2X4uj3X/gWNQVSNoWc1wJ4Jy6Jff+J6oyRFxqAV6uuMcz5VOBiVp3mu7rI5zo9J6RgiYb8Ecd7cnKUcqGwEd7+ZHaONXTLWlpX4uc+TDkYiWTLavM2d/94ccdUDIL18U43bSzpUhfoPqwpve5Eio6HieSswauV1lWll8oFivQd5E9OEj7aW1oKlwyP19fDIuh8iZ/kkpilwJ8FauifZhmNu67Y1tELM5vdWEWcKCoTPxI7abT7SDCHPTH+fiiiC78xVwoyyyU3tgnfJuJzZypCCKcO1UJZlr/jDDXUdNwRxi70dU307pW76olyy4BGBqX49UOtjzpBfjy5TGAoT2qQZWx+2m5nKaD754ARwpVFley7meXc6El21PYON+QRHNQeuLVbh9VAlQ1ExjsTzhpyNiLXSyz1SVhizb+P8/3XCyrtEsFXC7uSq8WqmlWL4ur7SGvVUYozsXq+RTf2PfoE3tsrBPAFOnbbPLMPEPsFtfrKC/37P/qrGzAjb9NhZILIPUDTGL9S9qqU4tKXQO0ByxatXxruTXSuvzFEuQ8ycTRor5h4wu3ek52RYXmzluhLpX5W8pbJKnA4jcpyx9GeEHi6ESsFwcAuV50wN6bML+FJOavsDnGL5kDdkwRlVNcLbcgawpuFcxc6eIF0Lq4MV23PTnwsPMFsvRneLD9S6kr1E456IL13C6DQBzpmBv9Ak4vz95sztyIVN/FctLQKb9wOVU1FnD0fhzcXXUNLMbeD7m8f7yrgWtY9WJJBc1StUNkBE/v/q0/JguOXyAi0X87ONWt3q7XvJ2Fm65KY/WD4rQre/GtTBvjh4uyFk518jfzRv5X5E7vtkZBZbseqJqskSPlP/HSguvxHx3GxXhw17yU6Z3YZvvca/9k83Qp8xBqrQ2/AhD+Zbcp+k1FHhjz1c6QRM8bQWU2lchYzO8ywQBPDvTqEO5G+RUh7Tk39PT5QL5hm112q5qpDLKMy+taBCSIZafxYo3Lvq8DgMZ9/0tT1f8vXQiA+xU6lCvRzsLCxZdj1l5ToEkVZ1OUMiUzOCZTeM6lTh7tnzMYS7TmtrSf7WmKUEgDHnTqbA+H08zfabaxy9d3ewinETjb86gJH7EzDfvAuvPTFDYzeg8wjZBn99LadXJn/JwD4Pj0EnnKv5It5OxjKCBZYNsK878wZnYiPsaQXuevIjcP9uR+5HGf+7DWEZ27bns7KvRftZPVJ4XaFPNXXfznaZ8VwL7P21nAH0e/+9T3Ebjmjt3rSpwbPVA6LX1R22/Rwq775G1Mmmfk8dIpxsKrTtG/5deJOF7TsbxqV6Vv5rqG3u/5/kDLCaVFLDZnp2TbZ1Flxvn8m7omjhN8Whv2q+4+Y6rkgSsisKfrKRCpBC4o6QXB0K3D94PmCXCG0Q9nkr0fEqQO1xh3tmj+NsLoCWyungdXyKvt26QVDkFiX8YOkGY7fkfKNhQTB34duvL4Q8bk5YeAB17pKERLJ8bbuqaOvWMTCmNT/ITPmFhiPegEFly9K9IpkfNylnm3kLyrm+23t8j7kqGmaKVsvuC+H4pr58vYpAnTaEp/Xy0LKNclAwirnqDdGvG3/YboK4b3yaA2QvY+9H9z8qXdeEqC5QuN9CvGT4t021s2Kut8LK38OeKtOpuv+5Hw7rrtc/UlfDflShlCs09BVTwuv6yvjqYmyChg0z/2QQtCb3IJo2A8IOG9babp0nIaqwC+B+QwI7YZ9SuoFU85TAeLZ267vANC4Zf/VNLnljB744qtJa238BvE2xeUjqVL9eUHYeZryQFM862DrdUPEgjqXvCCn3xTWDV2MgUt8qO7CSMjMKNcVmj2Bl7lKjHNZyHXqJ1fNaWv5cZVlJqAzBe2SxOecVYOlAOFmHEta2gA0MT5bKb+UYf1kwDcrWVxcZDrFCdVYwyQbyM1GLkJp+JGufsAtbztTEyFOFXN8mpYcRnfh9oIe++jrYvYqrdaNTfdoLfCW1+TofMxeRcsA6b+jKxy5AOB3LZUNY8rphbHyPbYsNL2obeD1xCEhi4ZgTI0dIFNPLBYrmKGgFdHpC+sNkZOqD8dWVO4UiFgBHozF9/SyADfI/bRrVmZ18Hq/1rewt1slvw55nbprovJz1akft6iX74AdIP5/vHpgtRMtpc7t8MTcTzrSyJgAmG6MTXmyyKY/tfCHn9txCpmDomIH3hQFDhtyV8K9BJ+bQQ29MEx2kVIGwDCaL089pURAEhEugk8FmzXqAVtbbMSsC4BobVcQuMOmwUuGGLJFSeMZAYwCSXKNEEDuQBHDwlxlzJEJWsRqZD05RHg/q7wi+9pToWsq/2hGsG+KnKP7Ew9VQjUCfuiCCL+7RDYA7Ji1mvi+xAABY+5vexomCKcSR8Ff0sEwxVmEpVAVzq6ay8Ilue73SyALvEwS5OIogGWuLYdR/6XkkBLOuz9+7kktReItaQCylJugizEo/GZpKFtdqcCPGLRAD8cCurRNECMcEvHWOLBVbIgvIJLgRH8SvKLSswXB8mmJUZpnLx8oB8iK9750mWg7bXGrP0xC5V66I6EgHOiyPVJcr1PLFs1Pu4VQv2M1GhshXhFAtlNwo+PyIXq/afFms13rD1fHQzBGcHTXAcHJUAYQQam2t9Tfn6Ne/n3Pk6kJWOduo0a9cClWCI+uRvSDejTUCH7MLw+YfvQQy7yDae7wPe5odal0I9D5eNURe99heO56T9v2k/nIPfl2yp4gyO92+bC8tz0rsvF8CPIN2bau9vHShFKWf/Qw9h9AK01hzrQwPpNUmY2NgAiiXshclxUHIksEZZeLkWZW2E4S6u3UcedbF6U7+TXp4wer9IkBfTwctgQwOMHWCruRNcpG2o+xA5Xb9bv8Yq57pRVJQGTEb+idtdKUmcG17njdUChMSUHU7Hm/e7EAGsR/P74bMElJumgNK/Dbwf2g4lKrDqPLdRbgDAjM76YNGHzcC+HBpmnUryTF6ZLIJ757wVQEzXPXp+4KmpW8E2AeIJt54aWV+HVFKpbaYEp0oUSuWt0uMcm6a8cNg8/OFA4nC/nJRVJX4o84LoE66kDAKLOJlWI28OJEEaONY/0XAm7jn144F+VWeAEVyXjXAzeTeCbTe/1YCNDQN0kk4sxoSI/UNj8nvkI8oabMDSgN2BaWwR7s9p8kwZXfx87kRFNtDZhfYrKgfitGDSMtNRPHUuVJWfGiHUyvtaf0hrElxYeQZDO18xcxuA9wHcF/phB+u/S4BQ9C9OM0G5IqGSfn7aORVeEY7IuYPDGKz2xfYTW1SLd7gahKzQVF4a0z3/ovmqDACIhKlBCpSzTZJDnscS3btBQZUIdpb9ZgxBjLMYeagGW+16R/6jb0kaPdoYVomiwmOWplvxerXAV8Phe9IzT5R5Irc76P9UtuBaNQzye7QLeQdY9ZiM9bOF4ucg1RC/ehoth+gc12Am04lf096MuFUHySNb37AHMNiEPYZlvSiCX/oQaczUBoOuOdcUfXADhHH7Z0DkOpaOBbgLajhbDKvR5CKAXmAuB6ENjYyMEgkJ4CXoBtKCd9wyJ4TobF6U3kxdrsXB2a/y3YKn7WjbgwUbkR6tolVHepdHzrFeGuw1gcqgpJmI2FEmuCcZhbNrhVDxE6LKH6Y2gSt5HVgCKZJWIr4KDvMNKoKe03rRs8yUmiYrVmuOpXbS7NqQlEHjaCYapxp+Sj0MB2b5b43xuFr4aV/1wwcUE1oNddI6TYedl2chiAbiOLp9K/L1xYtGgoQsYtiREQhQKFo6AhGuzAMh2RWsIIMED6gkqhO2QaDFePRtnRwBGveuwC4vQSsfGcsMIWbMZX8bDWPQgVIwdxKJNqIuCOL4w3GbuCHoF3hrsIvBQT85+kSTwRx5aUy/zJYF9jEh7XVJtSTPfmhjLUOXAxA0DCUEggusjpQk5rHACIle2OjpT0zRI9gb8h8rSaAWH4KR4Xdo3owEfj5CHE+kmQAH5g9MP4q/VCsu1W5116Yf/uo59hi/OcM3xxVptS8AT5OK4VU3+VkdM7HHcBzGNr0KyrV9bS1c4cElo5HYd9/oUXV5cwVdYMbhbgYghybNlntwZwBdEuVOXdZj36SHn/TS/XIDTrXZOPBZWaKMr/KIYR4ztlvMFndnI5FwG2SzcHUYu4nzF/UWyTNxn5DIyInxJwU1Rgz+5U7nfcc+Sz7zP837E0zYkwzcQxq/Q5+8CnUIbJy9vn1PBqBVAbY0T38/r7wCke0aUndjl6dvJI+8z5U7MRrqqLVuflGH23lL9m32cN2gb4bIYs5fVtiwTEzHsn/UMro2yqkjDjT4M5dMc15YmigPXdZW0IG3XhAueAzEB/PMfV5HchPqC9mAt9sdais34/LfO6B2z8h27ih23ynVeAMTTv+gn0scLFgoaC+wB3cP62VSoO2+YvZzXRJbPuHlB2B8cvxvuRI09y2hsPfDHFO6SjkXphg9RQ902owUuNb0QLuG+AibsCqi6QF3RsT5GzMcTaeImNfTVF6mc6BPWdY3bYyHPNWN2ubYOwzmAexbkJEMPSakF9WXF9v8CgVxz56F39nVoMRazXquPnpW0LoBjs6Pscxhq8aQNkoiXkSa3MR9T1DYvkBmPJdGnKTVsUx+DHk6ddtsfskmSSCjteSjOzudQg3dPaQMG/gNUyINhnFdk6hsAZiNvmxc6r+/WkEiYph1r4wzyrf0t1R+kVVcCFmqaEg/V0eSSOAnLvGAdU7OFuSH7DuJK7G+P033ex5ryB2cOQSAvh+QOHzHKVj36XLGuGBZuE898nBGkkxoDdJm5VfEMkzvckPUrU8plVYpUDKpZBWnoLfg0zreH19S+a5xbiUrflIUHogQFh9cRnK9pfcUPKn0BeWnCiHeXC/ZYNlO/AlXtzR2/V3VuA93nrtD0hWky4KNPFLhY8K+kXdF40adYIvl3v8PmZu6ayJnwRNR544Gk4LwFzjzK3P1d+Fch4fBd4v6574435G6LkjOh18jjN5blGxeOs/KdK81uruRa5j1oOobp+WILcqinARlEi7CdmSV5tU0JYdMWJOcx4tIXZsU6Mh48FWOebdlTuTGwWVIBV1UiNdGXb9JmQwRYhoaYWgHWXc+t0Rl+/Xb+Pb8w7fcbY+6zWe+FnBc88ozdNydVz6Js+v2S/5abMC/1pnc+Ygdf7pB9X4CG24y5Wx5uDG2+GMFBhnVMKBMXvMc+AOon9ZigoYizJ24LsxxN8GUmS9+iZRTaM7h7fAg28GzOmSFyKg1WrEGLEp4XTGUmfAUib2eSBqgc1JAo92SUM2iISiN4hyf5j8Sd9MPTcRNLTArSoM70K7LMRS1+jfEwwinBpZ0ahvTqtwlowIxegCRnvVqYy9uxpO9sELlNaUz5meYtKTfUTCkgRE49nukMMlU2166DV0+zD8luyml2IWmPxRNGXyacSRZs0k40UK5qPFfOR9/ykJ3DqVpVIjV1dpzjqXHCwSm7liWbHbd9/G9fk6vq/Yk6vvBShZZhti33iuU3FNd5qirENDdtlmSVa0ETG/ZpgnDv+Yx/ARniwtWJjVzaCIUEh8m8YRUzm+EMYpwEkZjf8qxuJPzVgV3s91FXjJNyx63WkLtZTR5qO/2BpESbZKTuAMVkaZ9j+fswhaGl25m0Z7CAA9NZ6Amka5YhoSwuYD9yrc3+bHO4zlzj4TIB1pI8fzmUqGVLfhHG9WQ3kJvVd74abmcOVenyLdFCfDCAhwDcfgRaZdwr6Vtg4vO0BRxjbBw0oMENHExlMFC2jk/RUz0pdzDUTGn3RgJiOd1T4zbcEAIbnQO3HxEnt7ygufQWgiSOeUAc+1BoB8QmLzevYX6TeHhOH9RUVxBm9xDjZJUAB8yAMnWSxjA3xktm/HFmhglzXTun42ykzVF/7o3MblwGQWP846yYxB36q6HuBGrLA2Tzcttu/PWmuhS0m0Vwq1oTr4/J0kXSXf4Q2PL/JHgyoTkzRYNoTpozoNbxNzkhTbI4XscxEisVvTFFKTIdjyzVrqY1dBM9xdN7pGWCXUk+lqEpBWHz2o1k1pFIT9JQ7MmY1yHPcZZmZs16opCS7ErfziQ9Y5at5Y1HkHYjoMeb3FyE+/Dg3H6Yes2NcCowN691Cu2IliPMEv3pPy6GxzU0tgtXnoVO5vLRc3CTAPMbv3sXidxKPUNfLlsNPPgg39FkhMe0sQgTlv0N3cefz8T6XU02lfdsWiQKwV85FjSysC+UdP0ZL36zxOfxJXAGnjvhwXz9qEVL/JKgXl5jUafTiSGRrIIKRY9SDRAtbjbRQ5GIHHmHourtMU4pp15FKtGDYZ3w93eDt0ss6fCO6MooxhdoY2NJTnUnsuVZ4xWx9E1FH952+EAyr2QIKfFG4kwt+OGaDeLq89aDu4Y/aCWkiS/6yGQ372SYNlUwH9zCFXeWNkr5V5CoBiqzPdC/gcvG0lETYiLwPdUUIoFfWwabQK+mKfXmA0cKY+Frk5vU1NlUfBcS+DUWlJqdchB5XM4u5xx80Kiy+VKI34sKdXU2kUSjA8TQ9fOmE8bRDVjWYxLTQfvlw+DrwvO5u8O6OKEFDw769PeD2I4KJa7n5Qs4db98GxflnKCX7+5Z3rjsCzCZExtAiVBC0JYtp4JXr5wWVjYgvjn+vxLTQLE9/4UO+dWjtOCRhBb1zJ49zvkgX77c5yINuhyvXnaCgsHUQ4md1G4LzF6Cwa62BEf8SfBZPipfnYYAq5WrtF9t0tWHD3lcmDe2ERoMl5LUVqXUWhNVRxkxkNwTU8Oi/fJZzFTocpAFsVVNYgr405PNtiTdq15WbDF/NngiwiDC70wT8+RIOS6qbp/tB547/caUlEY0zRkVhFN1ZSi++QCtSEWpanaI03YgSpUGlKldao8Hr+60hk/au6YRb1nG7NcLWqsuxqnNf4nXl6CQ3uPcYG0reQJuEZMOdq2aFZyMMsCiM8lbxtV04hn9eXO2GNXWIHqd51b9Ez+2nBiO7dE77RiZL07mT4KxddzXtY9YRjfuWjJ7XSNXxPeY0L9vVh/UgDGfq+XgFKDXtVmxvjd06PuKFSSPIwjAK8DdnTvJtg/x1QeO3lFH9iyXud7czcXf38amB6+K+O+9LSMJAO/qibK6Is/pKZt2CQ8H6MLcyehtBYHagwjwUuySc/jsZoL0OqiMS9Zrx2MAxcAVEqJrshcg1s5h1xpYuEczeqLBazQHv8CY159H+7ybGzDyVud3rJVM89e1LrTTbl7hW2cMXi2AFNxurJWy8V/0TGKkNd0zTPmNz4T2WhnkfcvoB06wqWlBC97HBp9A0iVt7HwMm/HulBmyZ+9MRLXe0ga5Px6u/x2kcr6MqFU73F2QBQSPtnEyWWNSGHwGXbEUKtxqWCguYXelp+BHDn5W+Q1bzNrfKfPzxV/fagdNljE9YsuHFxo/ST0MI91kjTpnazFW7dE5ndur1pZWwVgb9skTcGhQI1tbZOXLacMi0yK7rVcVh9KeDsXsCjxs4umWy1YNlA7jp5Ht8xqffok6vc3B1kUtZC3xYYrycQmZfCHKZa2J2iQsvCJvRSmClt9bmrTwWqs/xL4AyDtfzHLgsKl409ggcihf7JvRZTwPQiHzcP3epQ3Yt1j7K2iAaMk+CFDA9WDtaEuLRX1vs2XtbLNYDykTaEsjXcGdElrXgtU6YklGMIhjPCoqu9ra00f5qN0tM2SMnyP2vDm/HFyPdk+LAHFF2jb8vqwBXfOrUw2VOiQsAUzgUkzc8csHUPDkuqeBvV2iVkT3rN0onMDsO7m/c3zgd4WDLdQXC/Y/LRX970CIfmjQocYVtku/5t++9R1urxxpXR/tY40ZtR7oeOfZ4TWLiXxW7cWrqeAU9at2BWSvbQQmhVrSpf6Iu2GdPxtyeM0pE7dYjmZaRbtHoOI+3g6v9O1vCB20Ew042aXQv3A6Tw3gRJdyqnc/KYeXGOt04473RkPUuwboYaRloWjM/hPdzr88umGbQyX9rMb0rH++2ejS3uIzjZOkrAWYwgDrgKsmbkJtA2TtZwP2aFaAVtaZn4EOk8zB8Drb5/p8PiJ+zt1I1CwyEtxnfiC+fGMBcb9uX0PS7O/yPnx7+IzhrhgAyjrJnFzdzWFMyu0QZ8gcA3RsRZvsk+4cH8rXxTElwQWFb3+wvnChj/tk9qXQuaRUdlXjfuliA6qbcqlHuNxXwH9FVEqPJUICq80reHBYuU2uQeucE5YVTSt5WCnxWXgeZT/rweUmAFtE5tPJ/xK62hbd6B/TMqsKUIlX0F5m4USiE7Lqt0+A27PV3/OIK1MueOhTaiNlE1sQTsZ8yTJ9oiI8y0UryZOwzNWUh82qtzE2787hUPat7ImG/07D3t1dmpSUmiZA/Y/iG6u29bB6GScYt3sP19Q7qXv2HcfxQxlozOLW9FXyeTEqrJzAd/OEuGdKe2O1RpbBB4Rh7Al+v1NT1yjiesrO/cL8XeasbxCn1T+BsehySsUBLLsFsID3Lg7lLoIMqbn9u9UerRW/0frF+t07zM3bYcoSDnh4LLsQVbIHYTLNgbi5ofhJQEhltkrxTXoSPJ+gFDolDzR103gxzr3QPVQzlMjzGdNtiVE8hoATUcXeETOzkv0wNgsYtoaoRNwZtTeh46CYMn8ClKMDDKVnCF6OqS7aDg4LvcYjXZ/GaCKMzcJZOArvpMrorl6f+6THoF5Y5v8kVj6zejx5kw3rJTNeJ6b1XOWznqcgb4FPR2MsK2JymIVfGaA+gTb07oqMYhVXjU01G3k8OCaJmniC+F9nJ54yg2RfAIA3q8bGchPnPCR93fBec7G61b1JPSkxQOOxN6Yndb6J9fMttKk31j2wrFdGZd6t9J5qtID+2C1DYjvr1ASMdANcazP7K2zIlKkpKwt13S61qrdMGcMjUlQa1Ljhbozhv11rZD/vjm4ecC1HsDpUm0tkiHW965p2hMzD/UI6DzFudCkGkFExbvb+kdhHMzrw7KZb2nwTM/SZXe5Q/eGX64BktvWt7fkVzuhSht3kDncxCY+HCGMt36lU6WlorbLH6ukQ6k0cMHeJluAIbwHVcvLQklop29hlCyyVfEPLdXL0hheaXXO39apVJSXW17ZuhB8cdyUMgES4J9j9OzO71nRojFGe+2pW7225RCmZ+1Y/ZES/hVTfvPKWcbsvKC98zyg9xKm3TcB30UvUyzvpxXkbOlb9IdniAyC0H3P7gHk2zEpoJPCd9rJlvx/C1jKVciY7ZNoz2DvdEvqUOoTjm1kn6dbcv/ve7XstSVPf7+Z+AW3rH9GkQ2Gdlr7lxM+Qyh7AoTSlwlvLRVT5a9lTOX5j4e1KNPwSudNM9uZU6fxrpU9L/qRr2fYhSuRDpjeL1d8ZPGiOKQtJJQEzyI6JtPIhTSb7fo5hDDeehqnGVtivrPW014ObnttGo8L3srDZuGMMzuCGY6ZTMluzOUNPcyWyOgM7YZcc7EXWyJJR4TsYobRVCSKfH5qfOXftGZqhZoY3MiRaN9zFsIa7MPjwbmhnPhLr9JLD1fXnkh82sj43glCLmeFvXzIv+qh/qwhgFrVZbuitkNaO6BkAmjVopa0BloDbOzJN8Og3g1vt2SYQfwli9PDCblqlVSHJbEqPJcSyp+xhONVLLCbu9M2QgG7L+lE0v0aYTcRC/p7HfWr3YEfYLBecRHC8cgkylCewa+9yJjb/K0bAKviUQ2n/PpSnYDv+MUzHFncIj0NCoUkX5YF2xina49lIaI8vrSQpwAqn9dxtBsKtuxkqh0PO6iMcMcA/lBzSf4sstBoAVB6DgyjZ75ajeKaF/cUmLMVjb0/xXXo+H+O3mZmOJrOdcpTlH18spe331t/rAg4l5A7OtH4vt026vX7DF7Ub9VDiTGFdpsv9Zw/CwXt05TTeWDzG6g3CjMAgDBzVfOPzn7lsQ2dZm0EFW628Q0UOpenHMTAGYQrEGIIZcSivi/EyeVO0XlW1py+hXv13epTWwgUl/bqT4kyI8UhosibzEoq9yAIwBehFYW1NkjD6aC3pgDmKEbeenXaLVGulcqp+FU/6aT/rFb/P+7GqD5j5ZDu7V9/ui44Klew1tZ/Vy0hp+hKAw96RAP++hl6HDXpI89oEAJEuw7yUjgsg6vdlc7yefdXS/C11PHpI2A1QqAvO2ycao+7rlrs1bk/6XTcqAbpagKlLsWS7Mck7900L+I8iVSohO7H/iv2IsLxE1e4WSOUaj1TlJORL0DDTgRBH3uJEwuE1jorKpdrf9yLHW84rmCwHCNPqrUUjDICJfjTTPfaoBOlpQ789B/ajuY4Bt8971x+xKksQBK2ye4s9BoZZXGF7uWn63Ef0oZU99MLkm7HzFOKxjVWeoqTvlUKVxvUgWmK/nP/eQS/hDqC3o3IEJHwdAfcEYZ8uAlSla2DXrfOMIcbT1yXT5PcdX8FeLN2NS6TYH7rP9Ln/dyW/2scGXKl9SZGF/Ly1j/7UTUfocwO+9Nc90kCcw54SIDHxNPftfOvvqysGXnrz351ze118wyXWiQT3zJ+U6GimpxGg02s65yIvWnn9YRlIf3//BXsx9JL6TrLuex6L9cWPbpk7vV3uUzM/dCQPMB1dYa6pQKTicsKUnQaAfKdRzEDkfOsjKhcYgODcS5FW2yd6S7BI3UiWwENSjwpn2gDFU0Dh83kdi87P1gA5IZMzoBeyPj8NuTzfr/7Z3/t3y0s2qpxnHwUa+5hGnK61lc0KyvAC79nRcue/1hhonlWsjtVYfVl9W11Wt1WtHqvX6sfqn5g/GzknEfP935ao/Ozxj5jFn7L7WfNz6P6sReovq1+rfwir6+t2IQD+tpZmhdqTkgTpTFMs4L6Q0PdPQq33adO+ABcHvstM8tPtO/MxTnrHrU56x0rZ5h2/d2+cw4Ah3zrJ9Q+XPEg5vgAN3Tc7bKXW52a+LlWrkWLQ53WQN+G6uOORkYsPxuhPH5+MjxByJ8s+68E3WDabf4lJZsJERZz92JoC5YCCJvBv40YQyuVsS1TffYpJVkcm7qozsS7bkWF/HTdkPKgj0+ixXXBdBiqf0UgrGL6lgHUJpyblkeqPHPM0+Lq0RTsKlQ0skqA+6nLWg7BLs/II57TABcPsUtv2cO6yacHl79C+pcp8W195YFiCf+3XMnaLsEsf7ZaZA/tJ+D74EAXfMI7iQ8W+5j6EQu4nY2eR2I6UaycelLcq8ax9TRgpejWI8yMg0J77OOzj+fRA7346QuWqSkS8QXmldcPXZUKZYxo84z6IXD+l3i+a4/77zYEk6xJ+0dJuikIFIu5vkZQReeqRW7VFW+V9qhf4wPzrxfF3aGCOvdRUuZ9R+2Mcb9S2I93uVMiWk5l7KGDCbTJRq+0dsbHST38SOOY8zOrA+GKXnnGR6sSCED3q/gKQkuq1liHbntROOGCKmqTn172TOpe45GwVLTKafS+sL+BtXRbk5PWSy67rmOf8x+L5Aip1YPGqoXzTGNhmrl4iX6O32yKkoPwNPJkfs736+SLrht9F78eyPVmYVZPNpi1tkvbQH4oSOhRyMwiSMjVxaEoabh4Zuy+/BFRRJnzzVLgSFDudHAJOBMGr7Z5xO9EIFBUuEFwyckK5A7tBUmFWbKZcEyhaNdzDNbOoIpo9OfMxHr6cfprAHezN6xi/M0QZLGkQp7Jkzzhuu9KekpKVTm2sugFsq0Zzot3sIJaUH92VfCvFaVGk7d21GJybRfofucKkcd8yrGKhy4L2RBrf4N/hC2x3J8p9tWK5x/bTl8nJYAPlK6RMHNaMX8Da38x3whYJYPvhbdKrrOfzq3Ztoe50kw6/nqgckj6zjvGjh5J3NhYXFyyVeyZu4z4fKdb3IB5LXsJaPtnCLuGV3vEf7YMSNZ67iBEDcCqCwJmjd4IuT2yxuy/BXe7qlydSwsPb4q0msZh9lc1ChYhK1PFzm1c7vc65xVIxjqfbCWjleW0TYZ0hh5IfHG0VjNqQbib8S3YIrAyPOsmQK358WHadN21UwEipEkvI98r2HKOhPI4pr1pkEBE8wDKtgp09EjmIlJ6g7kGOTOLj+7dtKvlsopPXgeNDu8kf5PU1mT6EuP1FWO5j59GsH7aoBBVadnfLn1EGOxZaPcBr7bgGXNTq0RP0AdD28F8FqvUAirJ9b53IlsgQUG+kXAK4VaEgdzvej5zVg1FE5A9+lMUv+zCrSVgWqOx4VAzkKBoimTguRpANnRupdcZUO8kVV/6SH4D38sz+vS1r2nn8gwu9GQW4TZ/tZ1sQz/huboCav4DnjeO+5sEDLhV/NXOOe6qTYa1p6TPGPgtGVERddsQkA6atYEilTGlKv3sRmoSE9CUtoE8ccKa75xRMQHs2w61URnD3Mz6oif2Mjm8KgQ7BWCJwOPJWOj14hkgFfO20j7c2eIFyTBOGEmbDHVFoyiv8DEC5N9mdfERDP5qFlYfoOilMJ15vB6VWzqoBVSoAEWYJBy3zeOylNgmfyyHBStFebhcOUIjTjcl2vBynuxpXTKvY95qeEQDm40yFwIE4AVHTng1u64tZGJyElgMC/MuXYYlg+fN49Ewl4mqlKANyaP0V8ukk5LpbsNRKT4Cc9TgJqBztwisoPsgnXfiOMn4bdPujiGShx3+z0aFEVp2B6WlJY9UZWkberGU8p3bN9DXm4VqZvdmALSM4AZ93bySY0/3rh8g/WcXANURkVDhwIE+Q/bk1F1KRJxaFyIztdllGyd4Ds9fIG6x7PtVSUOdRkWTdiRTQuuJ65cyRMgMIyWp7FWG6e1LgqT4W4NckjWvndSLGEcbMteTpAgkMZovCIlepQXk7HAeblgZTYWDzcMaFIHmf0jtbggoPAsiVM9M5of8Y8B7S5O6uHCNqdajaba2o2jtcXEcZfSkq87OGS8hO5jSMfmKpsfb5Y7pylAEsf1nHNItjVFKlRLm0SssKamMPjFAy8pj4Y5mOlLLMbARqd/WxiQSbHRxp2YX3OKNGXtoUi8EggU55xgLeQMkhZBVcc9utkV9GJXAZ1bV5uBXF1FiProy72vDM9s+lvxzjF3bWzoKGgNZg1NsIGzyqHYpQDB20fHVBe8VgmTH5LaRM4j4Lew2xYnIqLjC7JYwD0r836x53Oj+4m3MFBeqsMg5b5G37IFddYnFupAPQabcEWmT4dVsA0fzKHBnHAW83PSdAJxa/H48jxe4uvUdsVwvBk6sDRdMIy5o8IhzSCTdX/S22yehmtOgXEKBAvsz3gfZOs/+BhAFudzZo5b9g9rYZ95kP1jE6JnGkqeCvMApUzDRny/de/pDOiUbwd/9DSZrjlr07lPYJcGnl/lPN84qlh+cId9NEQ2Gx2YWgTpOlnOkbZJuKM4KoONekfqun/o0r+7X5VUbkR8UPpTGpZFw6mBOxLYSNwP619UqDgRvH4kzTCd4YC5L1TWF8Ux7V3UsA7G9yF0p5XMZdfocBTojYrjEfkIcNnTtDxwjxn1lWgzaOuGBEB6TiUju1S5UfY+Xm7jsfCzndLiFk/fo0Tj+ZyKmfKs3byRelx75IeTcXuoOaS2ufl/3mLwzJ4WfBMiCsyhCSZ84npi3yCFEz6ssCfYEW7hiLz8hRe1u0RRoVaKN/WTMUr1OtYsA8nSvaEHXxssL2VU6oyDkjpCwzrWdcSsVYbsj8JzULGpjundWErZLcn8jFqtv1VxHMDz72uLMwFXx2wpA2jjtXivy9Ie7ymW28E0E+f2l5/8FWw5LlPOsTWP5EmrrhW3utNQ9FLE7kBvmVP+sh/7XFQveqobgzPgrxiwKO0Prg/G3qoMLIAFvktxd3cSqW7NItdbk6ahGRJ0zoz/obQS36ZPnhb/QQP9F2a1lm+aqaxRVm/EDaLHuMIxznjfhj4jI0u0ARG9c8x17D/8x6UM1di4kYx88G5FV8kRIbMj0PXKdTqNpzmTQxboAKrQux61aOG97P+dorE7eIeiX0uN48uaj65jUlp8QCkySVUiLzFAqikacAUHefvounZcuX54AeLvUBB+Mpu/u/MjQo1swrVgbt+txXLZjmIla4rxHuKsB0KbSMbcOfsm5hpiatDmzFuv90vQ/l8HCmbFecHb4Fspb+ncuJX1/sKREa+SxRdsl+1L4/p+mkqbMXT5rH0tZfMShX0ngITu2UdClQgJuAZcOibcIWDLysOM9tGtckbtJXjLb7jAJJ3kvVfQChL21bQHKfx1ZgmMn0UmIDCpcMNzs4waoFPMmzcOx4EkgTum5hLymLaJZGu74X8jShwpdUiqBDsYRw5S07Zm+qedVTvYDpqJVqu4hurfh6zbQXZ0RDI9qhscNrXCDLPEINR02pGFVvXz6TFtJsY04Y1cDw5llrA5iovVNzXMLkD1v1UrhdAud03B1dEyxUGSXfgsitMfp2E60y++Bjo+fEh3K9NnUHx5nVnrzG1GRfHLQc5YrlmTXULnyaaEEM2Kon4C2riI2wYlJLJ45KudMaqa+rJjg5Uffjyj3D08uRsMTyfltBVu8O0lYfLjR+pcb1uQ51zMvXmsUZPylHiiNQOFA5nVKzAgc+40fy6arKkqu9X7/04bUDqGpexk9xBrFXHEXdzEk5i37FGmnBNPiDMVm9EIVUtD4E/kqSRd+yRQNpkPpaO4qR5ca8K7fiYLgCRmErqQi4Dpnw9fKVMeYGoBFKhq8uc5poDGqGdzNf6yZUnNOLrIYn2K6MmPPPShlgNKH6mJu5MuHZvOtr0h2UKMk4v42BByhFDkC2eSUcF8ci45VufRiOLWp8Hb3pWtIBlRoLo2HHtcE2In9P/dAzsvkeGZ733EMuQNkgBC0WsMKVoG88brdqZpJZMiXXeSnkZ8Ebf0xGHBuxCTZIawgObt1W3rbTghver5WlyprKNzJzG/Dig+b3jzVrowcDuWexeYVibVIK+8Rd39sl6CnXUJoz+UOV6RolSLN57kIwW7zltbXx37aNGyhg9MNmPVNLspJcvvE/tXFuVNP7ZNPBUmeZVZKVJrgF4IojYHa5mzW3lKfsnrseN/HHoA4MALtVL5cL9scNtpVk+DMMv608f2W0YKytH8ZyApy2ug3bayKHrYd1Yfneb9zGZbTrnzyWxvPS6om+o433i0Z1i5ikDNuUbLMWJRglSECQUf0fz+DMdIwgf9HYNEnwXfYW12weeqtZhm2aUgNaRHiIQrj3WCkjxcnG6s0yUmc1so3+b3CudXLGOd4vX0RR9Rh+5BDnlsqg5FkjCI8hF7eo+l9946P5mvgDkEg5y395dg3GEsmd0yBkEVVli/y29lO93yvBUGOAgooYlcvEIn1koC8VoegXQ4fVVb0IsmWwHOXGOIMDY1hOVcuTP4VhFkdqiHFkXEgpHVb5j3PoEY5L74298LFybQoYzNNFRVOJd7iXJ+Q8w4hOJSD8wUp7L+2F3E0IHZFmUbNt9ccJnD8gn8mvXpfFKbddJhKe0qdoGCMpBDweLxib6JNC48dKM9kBdLoqqWPRPOXSEXpD2/RjK9h6xkbO5/a98i/X1qVDMfjQqVLLFbZm/86eR7YpnMgbrQkGO1U0KdUcvvFl0MKU6Az0+RVgs47B9Rq6aPkrY/uZwC19XvrTr8cNZVzyx5kgIuH8TuYWTqQwtKHbzwv74iQHpzI3PRpvntLCfRwgKv6/lILtGA6083/w/nGkyeRiEiOI/6/tcfFJZaW8BARX36DLzn6LCOdt0NpU+kTk7bmRFfGDSGU8z2rLebSYwPUhU7vHaRB87+9zLaX3E5aqmh6KJFggSbFv+SJmt/oejSjXY9d2e4quZqRzcK1qOtGNf3b1V67hFbhS7gyQ9TubPM4kc5rph8iNJALOVYMJQBRSzeGtuEt339TeRpaoeSwxUlJGrrv0DYrQyISjiPaPB6XHQHCezvMEHMUZ2N4y+QVYKcHsLkcTVOSyqyMO7ryF9Tn67X34UiAE4iVoJHrhX/gZQHBAqaIhyRm0yyWsJlploE4sWPsmmWFtnWpt47KJanitD+UzdVW42zswGqBsN7k6uzv08C4NpqOU6nVwgwcXmd0GYTPn8y2y3yWuPbszbGs6U+g9O/yE2LfLsAkM4u2fUSQglNNJS4sEOKOgRmj1jjyuJVW0TwWPMSu5Yv0t4yY3juaUaXKTZEQQBPpDk/P3YVll3Ysad1dpPnT3wsP9juEk95mASjItqX5kHwoS1ArrD5qlqxJV4ddAJHQFOkK+ySev+sl2O/i2ICRcL2uo4ss6vYnwJCHRUx0VveF54ryne/1ATd86n/Qx57ivC2Kx3ur86hgoG1//joESUin+bS8/BKvQJAKrLk2jRLv0pnUUMPYIJIloB79llIJtRa2iRJt71DAKsAi3oipv1YXijaUCewxEQpuca6AYesMIA6R+9IFShaN4FvZQ+ldd61UUKiHbJmpY94zN25rH4AqWObCElgnyx3c0IRsGz8cCB04ziU3q+ev/re50cnLEPpRCLH1+x55mUtyp2yE89b87vBKOLDs4Dd12+GYIlPJVIyqmjj7fB4b36dHk5H9f41Y5fCV26pRB4xlDMH+IB/2QM/IjGqQSb4PDPj731DRv1fUB/pD/hzTQsNtpnxYaCxs/WdHchVw0hRIBYMsBKVF2lNabMxngxph0NVMgoSzHjnDj7ds0Wgr3hZk1Ro7NniKs4oXc8bUTwxkCk3uU22S3mVTYUyNk1FRhm0LS6/6aUACHwluv0UZ0athNOrnInBpl2p9KjMk5fhzRe/QJAG2R1cZF1U+PZTjalp5eEZeigmtRVZ7ZAjAtWkwQRIvKgVlkSrZUVt6VUzpIO/ZNxiT6hy6BFGX+Qgjp9Esp95zTjMsTyOlULEx6dzDVAKQiDOsdnlnZQv6cHZ5E+XwcbABCstAp08SG1VFxeIxjoShZCHDY26clkWVNpqT2GIegwbk9oh0FID90VxU1bX5g0KbgMmi5yLPJhXpI6O82g1QRU6WavpjSM6FYO2+DijK9V8b57T6onW+Xxw4a8y6DAhFPBi9D+dzm0NGkfPmoCYprpBu6BFaLyYp2LFRMzSwoqWzOnKFBtQcyZfgIQENhOIXzIHsrJgTPo+RAg2LQAeEf1hyAkeiOyADqY4xA/i6scglznzWZbkhV4Na8Vbs4d7t6ODoJ0OfSLg/nyq7uUBik0WqNPafKShtXF1zNONkXP5s/fxGk/ASNS7gbMs9/aOVoNugY5aKqNRv7cLrS017xj96aZD8mp46cM+x/2ban6dcEVLuZ57Vdn8/L9ZVAUzelEBHw8hvaEHn2uTHWxG/9S9Np23dibq5+DWtceM/p2m5tkx0Ebkv08UqxorJrcXt3Fl4OQfG9u9f1wplrerxZd2+A17S3H1Aht50+wV+exZUHIiKKhYxrr/IBQcjgD1dvWl98haju39TCpQ3r/pp3NFDLHszYtMD9kSPw+3jW48nnnJS5zxMoEuzdsMM4iUsUu/LzHoOd7tnNoz3AsNS8xyua29bVQmlL2yRAj9e+RK3zvc7JlHbHvAiya54dW/xP0Vn3355MRt1b3XCHcWSf7mwBtJcclUFivpq1EZXuh6Sxxa17NqE8JsKL9iNBzwftzomABBai0s/FehErRL0NWQoZdX1dFLVMyuk9iS83guXr7vu/pN4fYvT5yf1S03bz0KsZG237VMmekL+CRVFVe2lVCPZpvKq5Rhi3XdwFqOylKfiDoGL31+M/KYliXwSRV25p11KuWz2i0EG0DGiq7Vrlo6P9PsNfwORiEOY/bzaj2kbD5RW9fTk/PIv/f6B2Ft6Ao0c56e5BME88nDff6Jjd75efnhVFcr/LD9mCf0E7tHBsDWNxb3ezuK7xlm8A4E+xcG9fDu7xY6MwsuC0deczJIYm1br1f8C7/X0AdervUb2jacdqbvxYTLuL/qHfdC/j+2sPO2vgWHvh/h7zF9Ug/1mKGL0HUOb9aMC8v8D0zVMIdp3WoF4wAfKCiQJc0471T13MajCyfqgUMVlKbzAP+zNLSx/tHd6+fHcP5OSu7XcJTB9uCMiqiOJHjzXkjvGi1vf/xMLUooXcjo+brCqg2vxBfEeuZST4GqyuQ71KYgIPkVNqoD0HbhLwV+lshqRXokbS3P/AE+BZmpHHRp/Ps47pkR4pqVHulEE5oPy0n7DLU/HTMDrlPGHfM6J5kOpEbLSBv5PCQK4XbkoWEfgCWH0mmDXISNX8P67p+nq7IFD0mKHhE5aKSeTw7Sr2tuhw7r8rpCdm2O2yXnBE4QzL8mkK2hxzm2SZAD0934NZkAYF1UqjiNi8O3QRW99G5Gp16PO+7JiV0vwLODVBcUziQtIz8LKYsO/Wc52vo+qlcHtWdIQx1gGfj0NBVHlYrWUYOnK4Q412eyNthm1k4OnduE+k7ThIx0TUo9aILa8IBHhuW5yFV39XsWbU39NprtMG++x9G8TxaumOjYA8wcNeVb7AGnuXuxNOdDfyJ5+yxkB4ms3G1yQtE7M6uUjs5JNOGYEx7ox6Mmd6+0wykAZ4lU6Gv4hIywcFWLKOsOX4GEhKO4tPZxYTrZG7c0tEkmWd8BhlI0/edp5aJlksIpAsd9qCzxN+tHy8T2WcRIyDOr+M9j+nAPJQhaZR6h7GQ1BpVD+rYmv6nbG1IuctTXnmLRRQ9y8illnOyUyMd+W830XOO3v7GtET4mnRsBSukyn/a5o2Ynn09PHQv+8Dp2k0/ROymZYsbYXUrz+IP/ZzaSay9hPXRkAXXWRnOGm6bMy5WbdM9tWvQgFXT0sW1HULjg7CZv2WbmfOacGebIHBtRj6ditkMB8rMhQqRpOUDIjVIjSDeTVSdwDeS4I192sLWlFf0brcWLu0FGvUQ34P8G5Wme0KF0mcD79PN7BsQKQ8eP0gQLw9vHx59/I7bRk8u0/y2t8hC/DwEOIGDfj4RmO0S0ZidZQEn5HRookVXBYK3H4eiQffo2IyJqK0RaTrDRrtt+ik1PEPvmwI2weSlNXHpdyjne789ov1RwatcLyDh/jFRpP9Edbgfblr/1DEX6h3Q4gl2KQi/k/BFFkLlToKUwEQ8spxCB9thyym+3RYIru3LpEB7N7hgD+y47cEwDAQpJrCsNEjzBYA4e8CZsmiQqRKaMcqgbvLPzZCfmCeHVxXSTBd7sh8B+Wbs9NS0cGBu1JOOgugThiJ4yDeqKMd7SDBfgvNbH+nJU2zxnzfeE1wqnPoCJERtH8luiNk1rNSaEUCjbKtHxSeG75SzqKnkwhhsiMwFqNyoHYgcYK51wmdG3CfjpRleyzavwhIYcqXJ9pnjc8umMk/fzR90FZl35WKPflCi9iyH7WKkM+KtWP4mXiz3D8buVKP2CiBfzU2QxEIPAj+k4UwgpjFgylLJi04jMJG87o2xpemVAvGjKBFxmeEAfaLqi+7GbJPZbVFFErOeinaQoZLj6SNwM5ZxRI4PvxNZK+UkTD4oOXh3csxSPOWf2dT32kKEEDcoJkrIGD02dvL2OcTzmDlQ9DYLd/QQYhTPj3pYPH2FlKaDz0KUH5ZlJRlB0gaXAQYA7LPyBIXmoWYxCha8tgZsxH/mvJMYZOwZ4Q/8HcX0VtjVT3BPjihs5mpomJD7l1Ko0qr1AAipsipl2bZzJX6urYGW3VOhAcyblbw0OOfdSKvPf/f+r6WnaycFBWiQZFCPSaEdSgmFfFQpkhfwAcZ+UuHGJcQ+T+ud5VT4DYN3YPe/JDd2zHDVvJ8PUYeCqfS3RyHVAWQmrQMeNBk7zUREe7hJ8wjI7tu69jsD6e9zlPEbNfBr8pZTDRXvgQa//X//u22Ee+l4neWvQVPgfCiTLvWY1W6P0FUPv0goj26gR6j8IndOgfZw1EX1rnu4Qv00ArRg/zTn6zVgY8TvjmcJmtyMeATnEbjUHrFZ8KFVtcxXyzaGNoklzc5Y0QkZqUXJg1hfh1DX1/YdTcsyDA3jwCIHGifqLw/AMlL3B92MB604kAC3ybitQ/ylqx9XZpLv7fY+JjvrC8JLxjd2JNC+AF/Nqsx9p2kYE1DufYVJvky14wCByWxHe1RBuDdnXqd1lcjDBrDmFpOkLssBFuKcNw/QSxo1lR047D5zU68wPLCeqjBZuOa62ytLXmT2nAXzNfRmkvQ1B22O52/9pHTyW/6neTw+0q9CetB6y6fjCLtfnZ5QgF2H88zWnv4MjvQiX6H1l+msAujiuZC0P4pTsBu1r0KS3QqzlhjLp5LcqLcnXkoIqeoefXUEFJrZZD1Zn1T3YiuUU7uIPtl35h2plYHMpemkZg8kVkzdyonCiZnfMJEsn3mGqkdHW17irEQ0yquKuc+m+qJ7jR7yTX+Xt/aVbcjtpyCExw+vvoct9ze1a4Q29RUvZw1k+9vqO8vXx193Lorhdq8Hh5kW5vzQo3bRBHY1IPfD0uP3NzgAJKIUwkNW18KiiJduPGv9qJB3kxrYYRruQxkCkNmhjJZ1bTf5tLDixrsKzjSUHHz2P4kmEFw4YQqympaBdUCSYI/FSEu+VEio7YMMuaZWuMiadcaL2FIx45bKG4U0g2EZy8DXHwuMzOndCKTsNmhXgoQqqva+lQ9jaxvrLF83U55WF+b4AhzqtxjgPnHRP3umHgcjXIQLask4iKu6thzlyA7fCAZVtn2IAe/7LYRFAVbe9Y8o2v0cUCZRBK3S3QK42vJQwijz8cVbiq/wCYbphgy52iXDpDxO/d3j+4kVF18BG2dM11PPMuchrBgZhZv9NmQcjSpEKBWL2AKg6s3RRS6oX2y1a+lkLW1zTeW7AOy6Xa0kOezRcfIrsgjFxNWL50SnNZlX3UZiHCaLhSeQw6E0k/rIFA/VyltR1bUsvSZbI/C9+DhjvoCEqFNSSyHdEO2QZunLGo7BbkV/SUrqNRkCixT2r2s2AZrvhaGci4ZVtvhvMd0LktLgSZZ15WafrWUm3Wf5mJJUgTXGOfN7Vl+5AsZvkYwS4QVAqnKgIkWSbQ1Z9B5dmpr0KQnKYjnAMNeAjW8yoT7Iq9fbkxTdJ+Z0KWJgcAc63bZ45M/Fm6xcv/z93EXUUrdPQ95pQTIruvTpsdcqHWuxH2Cw/KAacHuT58ELvPqD+rCM/ohoqNpdrBLXlRgigkqMLWTnM6oMQyRlWFG7xPa5T5JsHTXxDIZ7xAJLWaME+T1EBa/LzLru8Dc5UIvlJntY7/PAsYsP2pUyJ7AkZp6PwinmicypKZoWX7hfftSW5RJdyH5Rof4FwOH82XWkd9OHT3y1IyqMQzn6ynfZxFpJsNqMZaojz3iJK/UhSLPtN8scp+p2FYLtuZFYS26q4jRb7o5i4j3qqULkiKnUMaQYwUpguW6AGmCukPqfgrSnTVg6tcsdhM+qTCusjPLmVIDmLliSeC3FLW9dJCiSI19gFdvgqlc4PSDOEOIXwPwmDYkJV+X6UzVtEtEpruCv295rJFOfFgFG6nYKcnMCIFZ7jUUMc/GZc5ZeRrNcZZHl6UuA1sLxhgccYiCHsY7ZNqdxeBZ6J9eAXeS5Phd04Q6hrH52SoiPp/P/pqOz8hcVNCOTUKxZLcLvvfaxxMFQa0BO7uWw/lfDDhItXLiwA1Rdaoau0/PhwJocorJNRAqCUn46zbIsRoabpiAgC3G7tyCAVJVTahiXn/rt69koViHe30eRfCUMpd2YUSbvzrGzdjLNklZyVIcIIlJUNctz2d5Y86IQDuHyTGjSxTJxGafBBM6KXKDzw3KlU6IV4HyfHb6yptQwLaYIQQAwcrHecBmiFjQLAUXzaNDYIz5yuVgLI99sRvy3qgLPRCjo23G+F0d2xYzuVXcycxZuFg9Nxl4XbbFDMSWMzO9X4qVfm+0zd37SAImlvO6+6LLbctAX0u4IX/pHhUWM3WLhfb0s0oVIGXhTjGjcO4JioKoVIf8rob7jiiS+c5FCMeuD3Am7FYejT6IjlQ6cafhsZ3QvFUeivN4XivPQQ+MiudqnuDNK8PYctuxOrWfY0IeKaO19Na4mnKsDuXALW6ibRb5TC1p0QaYdRq5ZDnFaWU/Wcw+Sh8qZIxy5DhQ84TzFL4gF5n4BkZYnzMqMukryshvLZ2zHEtM8dIj6HM0YLcIfnfMwRHKfqTX6aOAGwVBxid4kdpbGjcXpaFdwqy/WIakGKYBynTG52Ueba9dYkG6O1vB0Omg5IJh/ELbvuabpIbChiyriix1vn72uDzn1yVdAARMez3+tNb9vUxn8chqsICT0MIdabUaI2A9/wRlnn8+IDUpvpAvNe7vm2NyDVVaDHh0zZJgnSqssjPPb2EFbiZtFf5USKaaNRO6ieXSEUvMrfgJ8226zOFvyvbxf91Co/0egUzQEr4ITrd88GMqjO1BcdHLP2C6vAOmey9g+pqtAVM4WylgOpaA6XgHTFeSEjpeAEx9NxoW8cQUSleZklxvJm7TmEOpUhcj7mar8Oa7+OqkRBf3KK4eWEbWIEz+wedKiD34loUidrOe10WPd370mYwAjWHTcR/F++dCY845ommnj7nHFtqUMqK9U36+MnQvolkW/Irr3l2C7olVWbDzi85VLrXgXFbscHSQxexh2jIsLMoXuxqKyN1qXjQF5FBHVIvHDdYQyxWC0nvoqjdB7+sGVs6bcI9GZu4pt5ADQ++hq3KBvoSZJjLhC0fvTQJUBftxdUNr5wCU3lfj8EdgBcTYfvMBAlFABtZiu9qBoXeTqv5XxzyqSZH3TDwQozeFHKi9h+vABbP3NysFKbNhPRwsKlset/QOka4fsNWRstnjiq+xE00vfQ8I4Yb6Iq7ejDh7Mz08RHUKwlACrfeI09/J1fYy4frvKCDhIgATqTXQYrYAYpe6R2C3PebSeFL3ArIPbL+UDgLRbCJkOIDa1p0HqXlLy2v1OFclxntJaz3Nmehvwl/xqR8G3CAf5ki0comcy0EwBQM9axw/ncxReY75KzkulnAnZC1OvAQ4sPiYm76JdHRyA1ks06GDJDtJNazJi2VjnFYGcgZcPVpQ8u6Ap8BZCoYnBR4c/x/NQWZ6HIwhDQZ1jn/43IIlU0JwwHb3fNRJ37zUBArIb/woeDzdXE0/3/EXEskIoelchVh+r8i0nNZxMSS/B4IQ+O+KV8D8dmmMFpzMwWd9DG1/KL+FgvgNcHOvYvY40s0K6EYeWntZPaZA1e8HG5R73PjuDjk3OxdNcPzedY2K7KUGH8oYDugg4Ep22CYOzL0OyKVY5ZRb8bU4CIwG3GCkSoNClCTEJl8Ow+/nXKNHy4uB4/eIK2VUTMGFg/5cTnW4RmsV3MQXl77noySvGqu5qA+svCn+p8rxBTjJHp/BqS3oRLeTF+3UVjxGYedB5pkzftVqOVNIbM0cmoWoROZ21+IA2WcdumaJ6xVVDIUXbBSPUFKrkUr7+YCL4HuWjgwOYcJxErAbHY4dJRHDFC6kwNuRviBQR1aFCeyulBYkiJbFRI8SzCkH+BM4kCzw/zp8v0Ag9h+zj6afkxwoHV9OzHpWDF94Bto/pYRwJ3UzBILhG0Rhpu2rahjO2L6qgq40nLFLoixOP255q1P1mynuWnEPDEgIfOEIarm5Xx9PYsuGeCp2+uqbzufryGaTNOCto+gAhAq/P85DvNrhkv/u5NNvuwlAsHA438MZhhGc8IdnKwohNBe5xa680L4DbncnpIqEwyr8IqqM5meEnz8uw/e1ArjCSxKiW4V6lBvi6yhr/B0ZfoJ+Si7xINCpgWtt2gqLl4C9f7Fb0olg5TRKG4keEhT+I+2Ed06P4JQNgwTWQELIqniTKCryM2RdcRj/O5sp0P+9vHQwyGv/VCujr2nLSmhZJXt/KKUV4D+eVi0dgS77ru//ywk8zwxSNpzxT5xOzg6Kc+MkVgbw9uzr4PyEbDyzPCAW2dlDhrf3ozzIlK/x5VTsJ6otDSikxZgOL0o3YtQA2IGBdudHJeXfee2+sMpTRNVYF+vBfS6u+kQuRWzB7yW9Py6tIA7LQmkds8TA5x/KM3Vb2lJC3S5s85ALqU+z6kwRhjn0RC1PW5RqeGBkAoS7Qzv2Nxcg/M4OyeWGXB5O+0d/qbhJ5nDLQkCQO1f4/fkoZAP6ySnskvtVI78yIakreZP4NVk6/g4rLcLoZbauaviPOGvoTmsX1Lfpq1mtaw47FHmh27nZi0fnSkqBYRFEXfTESVfIkFMKNxBfTyULrE1TKgR9oJ3ihprmzvWR2oWT59hiIUwd1xJ+YaNuPWh5mZ7tCv8XHjZywHNJ2O6ArS3ihkbyER7LVbS8AhKWKq4yGaaDbbxxv1KaNyuNb6BrskZBELbBdLS+457c4M5VvXDa9AWnLA9vHnHpPsjWrpLePBvRTqRKLLeqyyuKs95KFTWJGuqKnQAwLjMtNwrlxmWS8e6BkGP+6I4KEeRuAo+udqsFp6g43JGTmjnwyF5C+ONogztduOxcyB1ZgyJE0o3l6dT445g/3u5Fr/uR86ZPBVpwleh5WVarOSmL/WGiliPAGOHFGLRzLr4wDsy0WijSRDjeNWi2mZKQ0aH+bRqbqpYJzavlow4V0cowoKaAb9WgLn8a6CQ3dpABwJ9w6BmP81u9uZEb2+KN9YxT+Whk82W+F30rCj+X/ueU9PwZD8CpH47bU9jeWfFVwuz8SN9FEUXnUtRpiwr2FrWTkoo0FL/URjyE0AdJhZOwGZIUnVIRjCTRPeXzQh0k1atiyXqPqGowxp2Bzww9crCpNKlxyI0vsLdYqrdE0veI90NW6Jlhrw1l1S+qg9N77hDhT5tit4dZX4EEqBcoUfb+ml5uPzslb9zOofiEqTFvJiEE/nFKdyvxgkYlTIM7Q9XQnHXjPqHOok98YQc/CPGGGV9M3Dz4wd9QdtwmnAi7nk8YwFnuLbfpyN2mw3ObvroxAkDwCwiAul7E/9l4d79CujdjXtPGJX4UzbiX+2vWAvAe7KFHypx7I/J4TEmiRe3WUdgPiiZ6sieEER+8ePmPRNvmVM460OPhgO5csfKIdnGqnmM+BOvA3RUaD6pM67CmehFQegTRt337DUvUvO1e6XLu1FDP4bPOu7ti5YuYNlPodfsb7TPhmG+iiuC2gApWaDAJM7JVuLEO9WGa0BdQv4P2eTdfSB1k34sjVKRjLQ0S1wv+uncxte/uPCl3N34cmrSmyVCMUPxtFXiMyxj7V5yBCl7aZGHVJf/h0g/rGlDjMzx9Hh353eNhC8qCvoFF1Qv0CUbcgL0yNGr/45lPDWx3dncTlcfOZ+uexojuToMDslk1ed3lObHjdaV1b3LZsTUojKFEjYjnfloAducsN4M4TBTa3ZdhyZB50Oilzq5lLIwp9Y0UmI4VOmXLj9zGLLu5iNhm66SKT8RpL2u+2p07xyrxU4vQfpd2n7BlmTjK0hFb7FJ0YOQMnsPrYrD9S67pJ9SwBdhrF9XokPn7998yxiXUtUP9k9HWzoqysVH+JJk8z+YSptpvK5m2oQVpZghsTgUdz/r+J7Gl5AuhuVKat8kwwD1bG1zxIt+4u082e/3WlPiLmg2S3yvqrJ0yJ5XU5Spt1hwvI1E6LfSza5JuwwomY0k6zktl462cUmsdioO+w5PBYV8nnad7ZldYw+8TbkgYHnWvX08b1vJ5vtsj+/cxQJr6U0ipTsCXr7jOhj46gBGEBHLKmmdg3/ds6Bkf6Jfgsi0EM3S82b9HSOf0XqA5Rhkvd6U5uubRSn21IIJ159YiaOzU6C3tMmWmMRYToktfJ3c3Qih+4nuLwDrYLR/T6iJ1NwCEnEhsCdfR3jz+So3rqfPPTy/3fHpqS/buPvDcY8kQGFTp25AmYywoLT6f4/W6vIGaUQOgIrDB5Dwcu4rO55UUQL70WwPNujVxZQpPsWyUqMO/Gwki9uuAkb6gmnZXk/p+l91GQkO79Ppl0WKsJIgcM4HNIsj5Rn7Kmkh61MEpGSGTdIURgAYF7n7VPeNnddeSnp7JvK2srmCrbbjc5sb4swbAMEq+p/ztTGxEjlvME75sgCu8mBms33tYR1Eg5cuR7sdPuRll4cCqoDf36EgdTdphEo0JbzQiab+Ppimk63u34qN3EyOIt1Qz7iLdaQnzLsGZGEw/nDjigbePn7Dv0CA3uwbyfiQWKBCiAi1CF7hHLpOo0WQTqBSlipEKNY/fI5jEbILA9sNmgWPMe5QEcHGzPQjpBIeiMjT5054uFWpuFLm+QkMncf/ThzXRs037l8pUe3T5f+cUT0UZ/9ODNDS96JnkXf0+H5cMI9mOT+sLltQc97O+zwO8LxOwbyfDzzaF9zfS+yiywjo4MdyLpQv0ShknV8wBmGNQs95VWMKYUfsGt8S0sD0Y/HSAyZh6Jd964/WW8mrvb52cn4AztKeSAzdtaE88aQU/cRcTxA7MFu5ldCIjtWQEc8LoGRu9r8uDu2iS24NUl5aWGajkupEqdxJFIb1NB2qQiv9Vyeb3hiqg31Wfl+srCkmnJQSqN4mxrVjzqrY0Qb4uUQL5UcMIzA+QRjDJpxzkAru3BHHn0HH5kJCUsFlgVaxGTs1E0EhPngmhluCpEILMNG0QvyMi7LTc+ZOfMfzRGb0Sd8Rc3791DWLkZ6PIPS1tzwACy+RuCx2Gq1gBfY6fmbQLXyBs9/MxEJPOj//BqGIK+Z9yoa0Eyt2ZczB7Gc1ERXcwZitiTsBkpnswHgmmb/QQ31zK1GRlWchAqmxCmICigQKDOkqQoChSaSF6jOBgB/cPESth5UWBptF3ssCElh7Vya9VjXdxumrDMDoMJffD9JA3AcQPr2ECdxMW3sE8rwm/L7Gp34fTW77qZdMp0wnjxuU2az7TyXk7hL9jxVHXrLqIrIlIWaAwrqfFZoxeUiWpEF3euD7ZvFv3YxLMfT72d2YxuRKhfJCeGNhUZMBnzcvBUpeyAA+rwEm8oOJ7AJP5zx48ZyWC8U0sAFSas3BtUrvmytF98mMsIu1EIURLJPzaK8dO/4c1ljPBFTqzGiW66biGCQ+Cmg+v4ucA79d+L/FzLG1O0R0bRn5wKJzETBQ/Ps24hTLXTYaOrBjov7WedX/pR282SfxdyH9aMiIlN162lY/xBiONI9nCHuQMTJXkzTu4sqBmyvBHa45sGj95ftbgRntiO2CjhVCjFVIDe4npAbk69+aeyJUP1l1NskBadE9/d3iPG08Cyvo1cn4Ee/xxSIx9D4/jUu0RCsIeDxrvgVzB6EEv9wqvf/nOVyCOcGvdktZ7fRNYZJDWxwLgSXCTtPCA8I375B7EPuEv6DUYP/63Nm9a/+UwiITtAjtQZs1BzsVhE94DrwWP+B4HCOw5k8dvk6waygdFzU0eYjXPQL85GEOGHEBYgFJ4jajpp4jX3K+J+EG+HM3LMXxGSBGZGceZ3mr4Z4Bv7BGMuUtGZf5BpkDMFhM7FFmY47kQzPzMOByJnfCS49wC8ZmOZ4JsyzU60RFmhsbEgUM48w3hXOqFcuGwHDuhbcg8xuxVJbds6GHoDX9ymCyQLwSzUb2IZ3lBKTGYW7qXnzF7GaUXQ3spqJf+Xvp6MaCXgXJH6eXovaflvSfUkgAPsVCsZUqyAwrHaPaiDymr6rblYEdi5bwiAGxmaLdnGaokjjK7D6tVU0m+nDD8B3g4AFRCJgesLP29zoW+coacQ2iQZ6R44x/5KCzsdUKMJGT+qpKKmQwKvI5nFZyjETFL1H3Mxydk1/nrqOArJDM9K8gQzY0IFtYJmDI7HzgU1dNoYJiMow9aOH/zfgP5lF1TbDzI3PkFFy4PLXyFLLOusY7VqctuxHijK7Y+LUxibLpfSJ89qoRUyuUxEF0iF6E9l2zpWFnBgqeNnGJeMHwnLlpnKQMJUnfDQ9etFwaueDirSDI4XYZWk/HrcuhpzpiyJu9iHXTI1zQt0qv1gZas+cO/fBjDjqDJVpBZJovJxpAfF/zXBYiwrLONT9a0YiuPXUE0bYIiXz5Jy8PeWq+dRtztnGIGyaO54wefdqLd/gzRswJIeP5C2hwvgTwPwmVzKBgl6EUjYt+NjEmwU4ZYWXc5oxkjlewpOfRRQXQV1UkiILsfVRj4t4u8e563tT0M5SnKqF6wURBtHhk8Q8ufjQna1rMORIfFvA9nMiYwKIa7vHR8k0tHqbos5in1mrpIbBRfs8ksFqkBAuU19cQ8mxsF54yNyRh9xJBRl2P2bkeGVTnG1uS0hooRvb5zoccjN+yOIfLe9HPE+NHs6BkdU8k66CclEKciqCROsj+dTnecliG3R5zp+WzpZSc4NU0Cot+3my7RFzDxmex4Dn963CV33uLxS8UezFTu00wN3c8RTGzchDnVCbf+yBuAQXJtKJnWsxDgbPVHhte/bc4Xo4CsTQVpSKmZ654Qmz/FcaARx+XVcTxlZ8F/ZV77hlEr0LLZrs/YIhYsaL+QaOqmyDB7hKa3Q9+42BuGkVcz75jByCO9B6+HyhJwIUVoyNvqPQdeEkthocf1uEK7DbH8ErR1PVhx1N57qk6sVuwBLwc22ZLJ7AyOUOodmPhl42o1Unzvg5zO98C2k52UFZm9YsDVHnnlawQ3D5jsNJFbPqrQx9mc8zE2PHwH60mNxqSWi9q2eqGh0WJKOFph3BfY4vpZaN9yNyrEBgRnxV33tS1sLoB7JCB4aHzOgaK3BM5d2dlmwgM/Km8YyPnkCdoT4nJY7Juetb4Q0YJ7fMc8r/5zzctmTEyxKx4tq2Yf63p6Cbu82LL3j/PWgYIWBrhJVpxsyhRmyWth10C2hECWDXLKm6tClC+4sbRbNfq4rHg8czShL6ByWOdnhgCOqb8daGzQhBXmOzLmPOux31li9d72UlaqNwHHWLO17GKxe78MsXLKKfmt/7Y4nGRZVYQjLqcunYZXWFk3Ed7vW4+rC/8WRaI/wtsCO/TXgjbsOnIicmpjzzSnpOC5REGoVspGT/WaJnp4fuZfGYHk6864fDn9zHAcgbsR409rY8R0j3IexXauFNTegjviS3Y7n7HOtE+MFfhLSGPX0FkVeoLR2Dy42ZwUal3C99wj7i2p+HXaNf40ZcZ+oUyJwD5DuJopp6tNcFhth+rwLyVmR9gjOV5jDpMUoDyDtz9vrqdQZP8KmVHC0lpeZdIrXVpTWD5uf30/BclMMCmG2jmiPyC0kK3cwosWzfCqjRzuxeRf05l2zZ1ZeINzduBA+Livna9Jpk7HDLCL+O0RyAATz2xKbEBzcASPUYzRzuaeoEoStvA7vxVypXn3Y8ADhpMd/PxBqcraUitin9cBtROOv8n+O+Q2s1CaaakGdI5pXbhoD23Ib7nQFzeOyKPH+PkmnieBTtLUZ0vtLVZmnIlUnwkIsYrlubcpANuyC270A4K83+5jVmag+r2uFBN73rrZfCQFQhIBhbNzabkkTXgau3TqYQ0fnHg0L2TXsoSuznEOCFEhfreMfx9XlXsjOboFC0s+oY0OrRJLILWZh8SYtuwDM8QPbBy78e/okwDy7ijoj9N0b4/egXsm+0xzwKzJKemwM6yBSHVcuzfjrOTK5s5pTNPfxfHOnrtHmmgj+88Jni/hcQ50LnnTwU5HqNtuRTrZzbAEDUOTibKhYkMTY7X87yvGWzh3fYknOQewl6Dm/pAz5OJ12vA8IfQ5+W1IAEtgrmX/65lTVur76Ih4nTbQ1skBvHtZ+4xNtSedqdC8yZMWirfABJeNyg4uKpQKr5nwinFeu9iZ2PI64lQJG2I9nVwuT4juwYZDKFYFec+U+d3z3UImvN0/3gOFJwQc3E48VJkdyl5SQvqkGJ+98dxLYA0mfq+DQttncBjQ+G5jCrS4YyClcU6bMwft2m+Li+Q8C3IoLMID3ERKeJEvkMV7/IEATLvipI1zMQoSZBEHob2PcQd8Kpwu4tqavsPcIvAxDSG/hvpOyNg3dQ6YOm8hItffnpw2Xf/CmhuDKfwthoxcbCkqMZro8x3qWITvGOY71LEg3xEwyhhFsIlYgO8Y5ztB7hCZR9vPbSZp73Bw/OdA866wd30+Ae4+7zf+w1zkIjTTJ2BundVNO5Qz3D9kvDFI+B/wBT7H0/8SAF7I7MAZ7NnmlEJd3PZ3PTimzsPxz5U/cKDMX5Ew/gBmnCcDaeEdGv47nCeIg/oky8q2xLzGnx/rjoQqr1kTowiXHYp/t/9wTyKAK3h6KOSjp5qbpcK+AD2/8DIIr+KP10f3BpUwz8jvJXHyms0cji//wjcW358APF/ibuHX5l0US411oD9n+3+vowzVX5htSxolWMAsaObgNUIVwSxf4qE4mL7kYviyiFmzgaC5sUB4xhlOE9S5X3bbjsgbGQhvwCLsXsJG4WGMmSPNd5intDOHfbjMt/XBnGURM6c8+w58us4Zv/WO5TR+JnG+C/81wTN3kNnDbBqqC2E3DQdV32hUtRFYEIwPGplxw/1Chr6NQKugGNZfNeRTULoFVTGwkedHuWcnfFeDMcU5gA9x+/F72muMT7QS+VXI3P7KBywo7nnzPhnYZmRU/z/hYe8+8Tluj3P4JIQNDrauDx+mAX/1PwjWl3X2/EwNGpfiIngU388QzqG4hXkrHRWCgQ3HY3cv13X9GvXfGGScgQQF35Qec0G9WIcYEAxgiGh/1vF8egzLy3qyDo4lAD2A7UlTsR7Y35Afwy9jReS9XScfGlbxg4gOriN664jAyTbbyQO/MEe7BbBjwdWW76SHfjHZx16bSMR1jTGpGqeOHIkGZde64nRsjQdkayqOs7oZEWdmkM18RxTPc/ixG47t9Jp+C/XCPyiq8w9KgCywk2b4Ga4hd4YuA/oFC2aBiQUpQAsMZrivXAHwckqQK3+rnFzmQgwguhmcbJNPPsQC95XbkGk5e4kzA8NgcgAKHQY3AL+lomFargL8hqrOPoPJueETWDcAfACiHnDcDCAJyMZZ4OjISSiD5fkw5HuKUPwEhmcYjqH5DT8DG7ZXA3gC1snLZdZ8KN1NYviBVT6EAt0GDQMogCfB8Duw4eVo/p3y+px/URTIp2Fohv75d8z5t8fgMW+ZGAzKKDyelytkD8BEE2TLAR9Y1OcSnvbCo78UhnbRm1t4jc2Ovotn/oQNguGJ1T5Qh85V774Nlpdyfu5IrRBg/pwA9+qAB/r1l365ux9D7uv3wt0RcMEyjxt0oAi7oVQ4eAO5N+TWsL+huQwcoi9vgG6geczHvBiEQAzAwm/5UAyO3F66hRkALIPOcPmILnJjUILP8oEMbdWYPsuj2mXxV2TzjsZiBsvt33d61tgy40PY3T1lyQW8Go2TjJWfCL+aAmfcWNMO44IXMBvSk3kNm0MiLh55AS+iuDKn6tfE7s4z7/gtP1IHp9aiCd+9vJml1y/AzyYAQ4xhufwdpFgelYBZ86qqPDHgKwZFXbn16gnbqqoD8HZsoi8n5r7BfQUxAjbM82W39FYy0MM/Mr5yxlYp7ONcjk0pdzJkfC+/m8ILAx+aIot9L/bGjSEi2iLCdcvUSOT/aXgam6Bdj/gz5e5IYYRBD7WeQz3tExmeEfC4AWy25RpBzI0ZB1BfLpDRreX3BHaY9xhY/S+c8pnnIhfwrjqr3A2+WQ9VrjSG5td5BF4SvAZFGHkes27rRcygYuqwmc+UdStGFQODL6mrLLwKszB2pYgGjasMROtMCjWpOpzkgQjBAsyMf9mVU7RWwncNsnk2f64t5QXeN358kjCAF1gJU48UopjQx4UJ5y+CB4F6NdXW6A8JE+Metv7ElR03R1uorMJxYbjg0GogLCsHWy3gSHBCYNnc1eYdY+TIueuXgWxSuVxpn+anSBxjS030ig189GcxJhYkqs+xhmB0PGkcqSOCPTqm53mKwSVw3xd6WLxq/SRP//RFF+gLmZrduSoz/wSgZVhLGWjt/JlCj8siCG3SvPgLhrRoVay5avQs1qGMR1Vcq7kqI2zhKWHuvJThjL01A5qO1Y5SSttLz2megv4U3PMXEvVztYBN/oJUqlVXlequlMH7qgfwdLmyQGdB20ga6Ldy9aTNRC0E9FHUpupJ+1EDvNSpDvs9WDNNHlk9W1w9EZ52XOpI7n2l1Pm+q2fQyIdRJF1Q7qzPT9bybrZQIGKQo5I+xKsmoQOT0/XSph9CiuyiLZ08U2LS61OJUXdOSehekAS766MEd89HczNTJLreo3JlOa4gWf9s+k6lSM0ZjBUpoKPo+wLnSVlrJz7mvFHGFCEqTdImSyj2MHVkFlq5AMqcKpqNLLVE7pRl1A6RX74XQ7vWTTTIZ03ChZdSk9cRcLX11OEXt6pDKR8LTzQ+FHmX62fD4FSdJNlcWdTqDseQRehikNhChpSQFdHqd6JfMrZMgWXe7Z3hQVKqD5fqwY8mQMfDu65nh6Qfo2xAQhXWejBWL+z16ocy1++inZ79aAb8/0oZ7icQP8O+5w1kyW4aPvambb7BwVi5OfAhagPNRCNVAh8V/G/U5Uz7PmousqI5wr7dHtssYNd+3J5BTnUevAOMHpOsYXtdKcr8f3+M9Td7VYtACjPOqXyoeO6M9kaETPSEEkHZswWoccgA4GnoB7H+8pCcqoJxoXDukYDFNo9Y5uGd1o/OlT5O2EUqBTHgH5ujpVVipjk9rhR0Oef8OMX+vkznzrVz4W1bOFblvVYma7XS/Xx7rNIS9JPjCXPVPTuIZNVxbjKGVYcuxq7KfvT6KcrJ+ZrEfoX//0RsGRIsbp+6RpHb0MlB1DYUPNk1EspVuWhbOQ73SVTl++6A+umcBDjCFf0GcPhpcFEFRTFbVlqhEOOrrz4odiddlYumPVLMT9q1t05xiJFts2FFUOWBvMkfpls1XG2fypssIJFglwKYv+KtM8R0kZdPe/IHiPD+4RVMLTsmKjtn1+yc3b8Ne8IipMmT+IxBc9fSePygTa1SOUYa8YpAq/TzqLnBh6/yTfcOxgvIm/62J6qPZN6g7E+9EpFjrCZYJPlUjrYo53oMADJYKVVgkXxRKtCa3PJiusvABXIvp+hhlsgQirmRRO9JtYJWXkKei4E8OS5iYrGiUea5GHtTveYXQx+pyBHhYpv3TeG4oXUpsH63t8tvQvolyEU0OunZPUmJXsCcmD/rFkWKCyYJfqhelvlHYx000VMRRJYuAIQQeTEYMz25hrT0Qn8+OGLzfTmsB2LT0VQ/rhtTrAu+UgdkptFvDmPV4uamGd37J7lMEyK93o2BGRGZXUAzhTHZQ+B+rKlktnSmUPSIYE/WqB8y3W+stERUmUcEj8gFfcNu5HIbnazyLAdm6ovBd3A0P5buf//KKngScZU9Z22E+sNbif3pvtt/RrIT5w0g/itH/+eAPqIbOTSzNmQushlMr1nrtDfQgSJR3CLl1A1F5krzPrO2Pq46qaF35eSy6H70aFpGuku2G6RhDcUrxPXrXuzrftgY+DjAsD1WNqOK4z95+EIKZ0zq5+/fqSuu3jg8ddSDV86hXhe0ArD85PLIxH+3SzdHp5ZgQAM6NoCTpr6j3mQD2tkcn/mFpH8+LJriOTEnB/DGfH87/447RASqP3k43tOLX93PNGTYfXooAIMvSUzgV4dRb0RO4ObUvRjV/QRZ+jpEjs+7GDagutkG3NH54DCZLlFr+hscJZOO4ZAX4B45RwXHBibjKpmxTciMkDS1Z7F0qHd2DBaalM9zsR5v/lI7/8Lvms4M4JVN3xOW5Ozg9siQxewglM4PpllQ49WE+CmiCfR9Iogc+OsyDVF8zg0UfPPQx2TmccFbRbh7KRPe+XkXKadDesugw8mkWWd/aKge9rDcL+oGzJ2/GEqbQjqeMZ9rDg4jfEaXpdDI3UprOqJxWk0ae7BV2xnNFNA5jc275gfNRQ2MpiYYELHW8ZMVFS0pHxF0/lcZ9VUxAl5EuLkwlQN4VXNxJCsA4wCjbQZpD85uMCVHERF+GsNnCRE65k1DgxL7FB/tdIO09KPwm1bP2FQd8stGN25pN1KfLUzafvZsTo7MF8GSWSiFCGT+OMbSXET+USECnabofEGry6PgKEA6qayO9btthcEd74tsmyNNq0/BHqcy018Kxi7Nq79hqe3ZdaHN9Q0Qger6jS3Gok3qQpGqpWWgQq/SVdogT1MeHCR7MszyWwVuH0cKGUlGFfWYXZIa3q+4OQZUM1KZcndTtTJSzQNMExgnGd8w8n/9sDecHmSjuk0HXUtGBcRVc9hKD9vQw4d640+uUFTJA09Gmw+qN0PfTbFzxT6EJwTVTuhgh3aQWNqOOStt7trxOaxZajlFsOGf6zuX58rUosxw4Jof+2oDNJCHJJe4X/F1+gq1QYBYoYxUkyydAAgOPBpZjEqvWvsBoQyztgDBNj7F1XQxYdsknzdqxqWJXJRPjRVb/1cUmMYt4OrUTO1cm+tzKAvw8bi8cX2yLY3Qs+CkWYXbXxu91MXsH5/phjm8JKrQIyszYxT+p4fCIIClrzyMAWWV+Ujul5b9c+/CZHxqIkwlG3uAxkoBVRJFIqPNHlolqmdyPlt+LXfrXFVV0KqA1NIFbCWaMqY0dCX4Op8UWa2m7f+LjCgHXknh6GNRMrYLBw2nOiN1f/pgVgNIX1rMqVqHUTcShTGvvipVaOselhLbQ+pVATIlPGThrOBUSmIv2EpDGod7LZTXi40JJUmrw1wjeO8m8tc65htjNT/+OjTq2+KrOMqoJPl6OfuQ+vwTGUK6OUHOl9BeuTig0Dn7IiFChB2uNSC6IRZc5Ey4T8xuWURJZJe9qvbA0tQPcX5Y6L9qXbbGXuInloa58i+LdlE0oiToH00JoUmlHgiT0Cxc7cplO2msOGW/JlPQD4i7PFR4Pv9oAFBRqdRNh5WVYaFhBUoJ80tc+KfNenF0VQDpMEnCOpahxsG5NXSaPxavukhd1knz+42iL7lpNfLOPZIeJbK3pzfiR9b3AkAdDehZSjA/TZ3+HQFgcW+azeDmsH9vtVjnI8jdO6Q7I6Xz7boPR2bs18HBx+y++PaQ1Z3fHZo9yR3HchP0W7HqgYrZvWmjPlRKRD0sWfM2hDBouqIYkXPZUFDVqKbJeltxLO4we2flGIVOXhXyMpnVkRqetkmVWT2yHFNiyYcd0TISe9IdcCNTzz73x8QoV0h0wVXJO81wRMbrfJTK+D3STC9Kks8txobiUgeLh7NnFtxsLtuArWh0vubRa56LSaWfE8i5Lm3gqviDYsO7Wo9FYVrppYpGYqJFNIZyq4wPXC4dyri3FL/qiYBozJH/2pahqv6gY5QQtYe/V5QMEvZSiGU4rXlEtoFIpyushzCgh1QQfUsTzSopb5dRzoX3DeMhNfMhZFpncjMgv3ol5fLM+LVPhpEONViycKy5K7Barxdv05TpeYOShH10jxVnt2CZxdChJdkxy6YaO0pDuXb+ZSUwzujZ9RvS9OasLdkXX1bZWv1f7V6aSLQpsHfmGBd4EzqJ3IAMcByR6v9pPRhkyH3oF5GUgszhIGF6ldInG1VTnihUMWVZeKLLdz7o4WzFIwDnyFL29Rj53CZenJiM7BwMJHfHwHI2plsvUkWvcjC9mwaMPbFTMJa60LlTfhJfmARbhMMhcyeuIQTAnfoYod6PBmfFnoywagsvT1UBJHzWSF+U6IjU3bIrt7o1lqFvf8h/R+6g0KCQdbk1QHEaQ+lS8PfsIr9etdSVEv7a73pXxGXkBO3Vhun7VgTwcODGsy8ekg3TDFEfs+4HQH0N6X/ALam6CjPSEJhqYEygqTZs2n9ExNvLyi86n693P4Zwmu8miUo3KxjjKqo8SSuIwGAqhA65aTKAsHvdEsXRcEjn08PohSK9MQcJDLrjnV6SV+ucamHVj+ZTOy+p1Lqwc73DruXik9o45K3dI+I1TEK91RaSQc1VrkYnzNFX0PYur2uyU91cKoPWmbupmBpIHGnO46fRdyFUO62Bw2M3QO2Q+rqN+1xOzONxF2/wTC3XhJ1cpRU3tVQwLHDtUyVqXccEFeBniuBGhIquoyyyCawremUxX/8N8mSySuzTcWorgGeD+6aNOq2s+D0pGaxb2Zazr41XnIkNbEdZqsk55291VYQBatFRtdOua4SVd8Xd630VgESYGvhpSeZedBZlVLN2JtTN6rV/3CmnfYts3BN7VuQo+G2vd5zcLNh88PvvivWyu1NELSHdelwwkLYyzK7UT0LGW62+MaStMPpUzecuoG1tC28GrpTDoMFSQNrTBRGorV7zZvmc8LGNM6U0RjpLJb9SW/42ldRCQcFWm5Q8pddXjzlw1ApTkp5uWgowlWqZuxaFFJF4nAutSv1a9+5exrnl/gWks9lCCeoYVUCKfDSvBqPNVUTPl5kV+/COmgq3Cwavchvl1HvSPIOhRMXbyvKxsfzGeX8WMFpS/w1nsQ+6UXfiw9sWD0+1LdH540O8PZ+tzEwdgAXrHHAtVXMVrdRc4ztMfP9csl7ISkCpqDhulA5vdNXgR23FzvXZbHHaC5Oe9/ZUFi48I6fasFQYhsYWEfda/8Z6j3vnG5Ncb1wXi9MjHB6dxiCICmsPrppI52NsYqxe/24wIL5vBXY9vNF9v3HwLPo1HLthdRoJdyo5UGEVG6Ina9RbJC5BW67pno4R8Pp65IFL2DixDudcRHhm7d/P7a5rUj9EGIY6YjXH9Pbg1Zd8NDg/JR4IG0FLBd7oQ5+d/0TgU0fZ9xWJSnOQLObbirFs4/Zp/1cCKSsWOu3QVlFhT0nJrIEX1wPmUwB430nID+76QKeoAaJiKagT3zytWHk0t0vdceQETDET9/CQ7qMg5+qHe878uX/0rHOefhAvGkXbGH3cqOJ/9v4A3Pv8fkWBS8rHvw9H/K+nWPf5VLfGtmgNfdjRJung+ff9+NI17kQF+C+H2e/raR+KERj7NJTOgTyIsaDCdm3nYorsqrM9+rxGmv7o74h+ElVUWM950vSwXkyvI9FQqKpy9FB2NbnRUlU0RGcXh74lpuaAf7mKirnu+c6AhLrcGGUI11ka/XC4+txUoi27ipEskpkq3ksxlIBoNzi2m/kzhoBBO8NnvC+P+2D0yGt5f5POF2pe1CcpAEi/IyNmDoj4eEPt5WCzXO/TjJcQ+bofHICYRiaNYs8JvDzo+0DUnoR/WVrjmj33nrf4ryY0vtTiPSux8SqNU5ca51az8QiRYH921L92XXHGlT711YzlmuknhKlzqo2vG+jHOAbHfHzM504pcw4qVwFeD+6Bam3FghiVxKY6XQOx4FzXvD1HYjZAuRGqmdlLX86LczRhBkYV8pqrCHbTqgaRY0QDl7Cn99tu4c1QRmrzDaZrGrWbRunL7qn4c1iQGx3S7uoZwzB17RYGs9+qt9OQ76ZnSLqqrQ5ddDfMZT6GuGWI2eZj2y29o63B2dhN6tIrkDpPQZbX6D4S83rr7ffzzycRmF8X9S4NdMLoqPYq5pCGX/++3bDKm4qbslz0yCsiF7X5Ycp1PZW9ltiB+WXn/kw/iiKsx/9IQBHKsnOfYhc4uY73DbTIkVSziNcrfi6S26WqVFWnVhd9PgJY2jT+zGMEu55EEgJzalx/Xn7QIZD6bvRQ911OMvPQsOhTu3Z1tYne8I2ECO4vn2jkZaegoZKo4tanZmXqDQQ9WuM+/89BDsBHMBYS8FUDUSRqI6R46cfBPZj9NDGf9PNA2gH7hF6c2c1wJDrpAXImBiOF05ERfzh8GbMa1lBDd8OWNsJtZYa4Bu+R7AOAkhJSEGRjOmhMKWXF+BnkTJzx0VqxKw04srwqQGc3kVRbkSJfLiNObWcrEGOLcZVGW4urZXMXGbDxPgr8Hr754ISXypysmT2nVM9MxAYBq+bveHEoN8GwVN7taL5OcJt+G25Ft3WECaQWeLCMKq2XLnbJXy1uGu9/7plR9a+r5nDGF/VDAO9132f07GsTOfV2Ov0D/mmfyO+DMrwY/39fxNZ9ntEvzo/5eV7uX/Pbt+YLSrcLmfKfHCag/J5zurkU2cANMWuejCkXw3TpjmquJhoFz6By0cPK7YsTKgxQkQibyj2SB3tKBfN8uSt2tZ5YMfwOfS7TrphsShL9CsROpD08hXOrpqBd1YGcunTATuv1FSgMw4HuYvGtib4Rgyq8epy2Ts+WIcrTMZyazIc2lyibd4Xz/MVtTMGy6C7Ey062qfb8dTWFnV4S8IYWdGhIHYCm8SDCeKtib2Tk9mYItNpgt2X0HpYcGax9fyg4Hd4/E9APhxhuDmG8pkjWKI0XYAn4BDeaqI3mtmAuKWGq2QRHsIJQpdET3ISl/zRBIMLAXMxb63Vw/dfE6sEnLEX8C+oJcgw3/jZi6U2urYLE6py3gqVxjPcIljYrGr0Pn03mGJ3zBmoOVNt+vw+ZC4RgZLH+wyBYW9HtmNLV758haOfBr1/lCIfOGIAHhCBidoRC8OYR+7Wlv6lBaboAkG0lDeCZM6xbk3R/nGzz4PohG5L+eqO+OFmw8+qGky/HtL5rCsx0jow9HE8hSL+rSBKcEGg6obyhtDsOcQj9RIKT7PYeUdOsvt2sJmIQmNShblr57nEf8/RXWNQj9DBX3/als3tFMi9KKN0xZTpFbqqS1Fd2djiyFenNY4160zL9ZCkWukcFYbtAIcLNSC3pG8h2FBhE4waVXNttS+JyElnNqqq2aEcbat6VdZ1SIP3LEPn0W16gMk14Xu3Ussp5GuOn0QwtfGUzmmGVPzlFWO/DYXzC2gd/gOfdardwX3onNLBdtkjPgHQRbEjW37MOhFcMFXqUwlj2mP0U42S2DI7nHZdDYGWEdQ5LdD99vhzAEemDm5/MzkEJb0z+IIdKewg7p04Rcgk5hFuCMDY147uu5L6T2IsanaLTVQSGr6TNS0uH/R+7ssXSIX5+3VOLr3JtWAAf1yo4mpa2bEvyRMX07VHWVi19PojaXz4+z5gLXFMr3AoZyhg0SaZRzQciyyzUa6MKENFLJ9i8WhCYa2oqKr0C56/0Ju2/wdZhVyNoEWovUaQ+7EzwmgzYukU9b2I3Gns7un4/dodkrv+u/Xg7kTbE3K3BG1o6rntNC6I60p2AqJAQYUwoEUPR1DBpvS26x8K5DnCoFhC4/Nz2hR33jcSlecPLS2+wuCqCJd+vXTWjCEXZxn4o9rWeqbT6WQRUDSsnczaHffZ2jnGXQ6l+9U0jTmoYUWXNKrlOqLq5PfBA6dPKpgensdbmhQOgyvoYhKRuTLN4gzOFrIzWk7NV7Qp0Ht7Izf10OI2jnDciThIa1+2IQY2TT42wLXhzTb7NCCDhLERRRFuwMS71wNvWCqmxfWMiwvDiKm/QhqU0IAUJW+Etc/mfCzbk8ZoHa3MhMeLFHMsg0omkyqjEkwc5do1KA22KivZgpothm9gkGEMxnXN77H6M+Go89YvK6RBI7ZXUfhcFkV3VhEBiMD0Cjn2C1GdxjzgYIwtGPtSPyKgi8LyuiMG7Jmz5gzM3QSRaUFVN04T7ZpyqOWWleTqFb4DU4oVrYUnY3Lk8dBGtTQq2HXfDUGZiLeiGVSgPR+ZMJ1/DjvgKrsIW0twDlExQhU05EjSwY9gusij+XBivdTw7Aycp1oqWyzjzlc7YtzejHh/woWVYj/9xJ2oLC7+qdH9cPdvMiVLrSlO2BAPUoBX0FkM1ABAtr8F94hrDucPKwVZHQTGxYl+dUAx9wl2dCGqjFRuW/kLHLBW2rxJcO/jUQDeh/wVxI+iC3jl2A/wVwZTwhBtbxUQEpYaBGIRCZMU16FV7SL4hXMoYj6EtSIqdbddijSHxQW/+qK0T28ROTxvbPVBUoy6Ib29uq3tTPeQLBmxliO2+RgLZcTkH00jK9bSu3y6jy18yFUN24/WYG1PYoNl+AhwyypOPgptAv+NY0jemcCRmFBqWN9VIXjUPJbqMo1cwTMO7tgFHFkJRWt92B6fN93cONHtVHdfITtqAAEXLqHHXwJkrNFSsGsZW1owdGPhsiGH5kP0z3A5ucLIFXEfZHPXXrFRrkUGYVlyWO3l2Ua9Ly/LZx9YiLTsQXIX5Wh/eZICciAgYeJI78Zva4UAS9Zu1D0/YXBb1u2cX0eHgUsyqhHXFl+movLJFvJw7G5nZJiwWvtZrfWF0boxtcotmw0WNbXULLqYjTFxJ+pXIXGhwq4H4blsbxCgN+qdGToUuR19ndZzNYLGIzWeCfJGGG2enm8xxu7GrKl5XYEQvQDKCEnJDTOWKuMDtKarKuDvmEClluRSSrKSOQZUwEbUHlcEdd/3MLaa1MNI7j8YXwb46xa00z70evjvlbm5S92K3MKF2VZQWjYk1ONSD4VF2MqJ3ioWfIoD1tuNcg8UOg/9pTA/vjbZnES9DH8KCdr6gjI4X8YwmfxUaikVDXFnBgiRFxw4rK+cEnNjspWXwRhM7bGgaQOrCn1bWqeRNOXE9iycC1SaZfmMz+CRXj7kgzNKjponNa5F+lXT0Dp8IUKDBWgKiE5qpkkWXHjAOSSfg6xk6zsqGzQP39AArolC34BxW2xDVX5rnVZcxqe5wpo+eFK8zPwJuWokbU6hZkvIgfi+6+Ztk1Y+Zc7202pmSvaN6BmKoezxwHx9trYb62GyVEVKW4o0nPvDZIOda09ACV7qA661BTPGyzDbe9bsvH9yVoVL7Y6Sk5XkRbYajkAh+F/6sKRHziny+u/p8sPLiJsv6pnb1GBjLdkFJXtiQz3hrX2IJpj67joajT9CpsJkI7FsTMe4BztQzOXAYO5Q+l7efXGmofMxMGG4Jz42zmGKIEUQWinKYiJKcE6GumDddl7hoAjMufrYMZJ/Cx77OVN7FpQMU94FoIDL7ljIsULtTUr3lbqdN85ZwZECoFszcEfZW9d8hVzxMNXcArlSclqdzscbWSV2lIEBTsoPPyca5tNe10cOIi8P49HPtyJWyZUxzuoy6biveyvNwx2hLQpR7Ih/YRoZa6Ni+7fBxb6OoW/deT3/8JIAqHOdjqFo9nqH0dYNMUMs5A5nqp0FYV7eRKW5EWD+bGUYSrnDFj4iCA2PGjnJatgLzteE1sQk3Ifufps/ffJ6xBe7R7//E9/8WZrD/V5f7YdeOt8CEmztObze2e8ff3NA9cvpKZtVXgXzfS2fqd7rz6/r98coAxyXBrJpHTjcSFqyrByQhAxeh2jjCOCmBjD9ykMbTrP+oesX42JWd04+kREe0eQsMdH/Nje2HZbi9RsnvoRKq7tgXO7VlFN0Z+G0MPLOOmOQPpVo++p6q2sFJeVsuOKT6DGdCDPKQ2AxbPpWKyX4Z9uuPnHJdTJ6UQi7Z+yuo3vOHWNAsocmPWZVIIHzN+QgFHo4QcxbQ4MGO3eSuUch6b59PZUwyKFRYVR4MVVSOobxeavgs4cx9AuVYLIiy8KkTioTAUGFO4InEJZdIdtzys8uCageS4MGZ0z7iBWE9S5xX5hGZL08L5ijs2CVGkEhrNr9lVi+a+WIHXbUawQO1ZxqlmlxB8ythnRsUDVRihzAPX1Sl6EmONukLXiTMB4HxOFkX3JIt835ZwOdbgUYqeB5i3OuDdZRhH7a3r7F8KZDn0dwlF45p2wdtUPkihyiV6Vj8+h9GVU6jVjueZvQ5X/HNPB642/AWfoJA38BAPD8LyIO6lnTYEeAxg5sPA3mF98N7/BCW5aAf8PewCQelKYLuq6VV2CYPWWGCHiEQYoDEG4WHJAH0Y40+j61prZhWST5GQEq19YgiOaqp26gATCOOvCWS/rOyjC6DZ8gv8AoMpW7h45SQo6CQEf8VDj9q61My+XEcEtXZIMnCpyhW8v4yhcXMH8VyeNc3QCtXBk3LIBxo7eexfTUkIfKTC/lBffJk8aNuTTrb+z/HRos4/rS1cHN6k/zb67SDag/lmJCENR8BTp1BEOkF92yWfdrx49NRdl62Zu9kQc7Kxz56CFHw3zVnG2cEqx0Ad2tzDH0vRYuXvlVzExdsjqIXp2HmBTBRRyhGkNxfD1f99XLJRZJupK7tMtcheeOWBOO87rD8qa888ltrISs3C+4NhYxZYE4IXcugDnGLD7+dfbz+z3Ooa/dpwHsW8KSKHxz7HiF81HiSXEvkPtrFrXY/ajZKgY930IrS9qpKgCmcwCPYS/yHEVUFLBcTPScpwcUZ5p0+K3Aj9Hhmw+CdTdnGcfawgqrxPYlNbtf3Q1rs6Zw+uqodw/nx1e1Ci7yeG+6t78WKXtlu17hruzVIdbuxyiipwxeuTKVaXor/0WIwgKGGBWeggrf8g8efH/7zTcFijmKFZMdgS2+typ2b/BrBmb9FBSLrnWxQsa6BQm3hqXwcpjz2x/heBa9drtkQLXBIQzZS0w52bSb30dfmxBmlTA/4neOsRM9GmOP1lZFTF7QfGak43XVoHI2V7n5t+6puOh9wcvkMAwSvkpll+QKLo71zF0pjHxQqAO0OAmz3inkC3MCs+94n9tj6eBwTPWFbllC0ymolryjE0YadkrS3U9sGOO4qWSmU+n38ShQfruH+XN5HGrHYSnH0QYSZwqMmLcZnarJTGvzfjkoEWCY4fG/cidKSR3qg+zIgVIvEF482LfJejsdBv/XP8D5sJGkubhyd+97Ms62Mtw9igmzGd4c+uoMmsy4dYWPrN3iC1ac0mvSdvaefS/3BdZ9wsmt2hMcZ4/SzDhdXCk91I917dCCa2wcsdQi5eSxkA/ffibyUGDCtrlAIbZT0wZijqPGgTqfiiRtbSnpBRPlnKMxTeWq0KWN4ZH5LDyAQPbPPZhQTxnNrVc9wSx3OsK4l7gSo8m2htWBgsqVFDdKuXEqdLnsrx5QEcoCF4CQBQijoNpdvddGsHble+AxImvisH6ws14pus9P5zBQq0a/4FdDcm6WKMcfjHLznjoGQCOi2LKOImMb+Bb1+Ai8ssQhiqVA9+rgZ44GWK7D1irHN9WwFkfoVWtNgPjUwCZGTozhMeNzbsLpCMj9FilH3k1I5L4MekeCn531p9v0fcxjTgPK9DZfJhh1CxJqjUbynmrWiidKOskWUJYiLsK+39pRqRqbZqpVPe8XXwBsbB/p5qwqPxVQJjpKkfUq7yjfY7eqhv59dVvmRvsAPD3wxorJK3Hp1MtbUgPR0KnyaLakHeYqjbhgWQPt5UssYeBjhJgozmgbVikwKBuYIWAtBaJnN6cutI4lFHL5cvUi/9uGmDL7JlGausjoUnOaBNsxJDH6jo7xwnkh30ryx9DlbbbUODy0NHPtH5LM5v2ljZcEdO8JKvj1wuXPKNlGea81WjmWN7RwH1baEKYizYrNosDKPK/2j3k2pOU5qt3iMyedQEvTORz+m9akvpWtBVPuf6iGywXJzm9GKSKaPNyYEllnhU+qPq9bhlfFf0krnqjXSCaqXkY67e9U+OhGlPgWuAAvCYxNvVaO8cPyl2iEpgL4al+DWi++w+3gvhUzW//8kJxvwXs3n2liBneCKl66ya6tpFKnfrT7vGnegTJcCLm8uA4aUbV1UdgL+12KeDuxmop1Nvtu5WzNzavl2dd2DXJfTZfvORivxROSUOtP9+9VKET41EaXYQN51hMt2jt/FwRWT4T7+xolgfjaPPKXXYaOJDiU6YPvkUUqxxjhaB1UjcYANjBlQMqheL3NHXFrybE78cVBuhR5JmtBb3LdqJNmlK43h1vW8reTPS7kxo3Z2QRdr1VycT7UbngnoJiRy6gbczs8ArXaC41yaKzzma1ydxrYPn7lKz9qY8hZYhqyRqFB0VUVGcsdE35jt5RbdYcB1/vOqa9SZGZ3WJSuLsfDZhnYGjvTtpFufd8BBJjcEsvb5gz7pujHTLbn/Kzbmlu86IRslKTcF8KCoaIDl24OwFmdDydsBoAM8cu6u4+gQllb+j+Ma02Rnc3KSmy3BeFHamm3JS/Lenvyc3tlhmd6xT9oCRJ/FFMSyEbuXbB0fakd2ZlcS9u7EaE/2Zl/2h0yS7QNhfjCbNcTYde4coyCW/8mh6KHCGBuFEyCUfLw521/mv3lxDudIdKm9jyZhH0th9kXq1ORMVPRcdUwGnMIJUIDVMKw1kl2ZcrHYzf3LssJAdKv/eNarbiTbzwNZyKA6aZlFnRSef9KCWpIBI8YpiM1yL5a+VoyRolbmgSOH6wXQFmWIR5l+nAx2HypO9PRaBYBl9mQeCTa1bU+k25aqkfwXNeKtQt3tYsGVr/LZ9mSmJAbJ7aIrXEIytz0Vf6ASp2QLlZXIoqbFitv3dEpiafT7SEXcK6CVjo4Yo8We23De5GBgRxSySRxWzgQStpIsHhiJjptbKAvgBepTW24Ivw3XPFoLt2EhfP1tFxaiPjGf0Z+/QYNqcIiH2IduIA7Ps1Fnge0KoUEYJNasZM+lVjtcuw7Jc76CKM9n9Zj9OW5IytsPC3TtwUhdmeWhM/KK8Uw/cRZ5woKXve5AqQh/Jk69VBdSmQ7qa9hfqZuzy5c3iEInq0jqLQFVwV6G4DQH4Oj7n4CnAC544eGAXkSys/on3fGbTXQT5/HYPmEjFPTUaGkQeQfOXSs7X9lkhevsxmR0AeZ0C84KoB3zX0oFCxDBwmVVuQ38gIBy7noxqE7pNGmKFFHzERYS20ROFZOW4hMzWr3407NEYhnvq7maCMqS8dK3IXaZmNVmY3Rj8lTXpVKdIzvoyd0derh/7cGWM3Pd5Eo/z7998xkfA5snagm0mz7eOJtCaiC0nUt5uBHhAqHnoN0P7o2tulmoIR3fHQAqzKVty4zq9Hefn4Njuf68LodMrItXAtHrQoLF09x8dMR3J+gefmKjvOW86eBxbK9mYiaQvtYxvAblDo/hKXAlx6gD1NOA6W0LsjX5lj2n+z++JWMcDtZmn+r3LWcjx/ilrfAnsh7rRY4/js2jj59MPyomuX4DRiLpSGInYFe8oaNC8wF8+IItUHfGeV+Te0bX2HdV5rzb3R6+DcayvKKFVl8QP2qV0PjUcWJOU0tdRnHbhWsx0USxnmPqG68TcYHCl+vJ6kA3RtHj8xCC5GCLWXvZBDEr3GlPXRgIOWohFEs8IMtGkrr73PMPCmf6XvxmD6c/HDQMyukw4huYTHvYkelc5n6UDQZXaeD/eMB6Oca0Vwh9DPn/oWGnMox9wzjDLID1Y9r6hRjdZjzugMzwYvvPkDrGaG5vWBk3tHCp6yxd/NBkfeKqXUojPA3FDy2s0NPowqrtLJU2VR36k2AYDzzwkZYDa5iaVl3jZtQaL5N1EIO3UIWKAJ5nwhAfL3u4052QR2rxweLqwwinZMhdx5azFRTHbMj3aQjY+15IvVJG6f6ziUCEXtCYWxH3HXmnzjCjMJBKRbFMbFT4pHKbkU7lG7Ne3EpyfxxfbnaN8Y0gczsBFC7EnbCNM7ruWjnA/cFIqzaeyFFgQ9x1wDvKbqnDQdwLRVPSX8SGo9Oj6Umj+xlpDuCNOlui7B/EJe/PC8nSVun389vXLm3cw47p5SndoxmqGWHuq7uy8KEtMrVncfT2eoMU/mvj+BBgjhX/L8Lef0oEkAq6iHGrWaG9RPV4r02m+Hkgir6a/iGVNgiOdPrM4cxS6Lu7h4ibl/pNt0i//CPGDN7E4qp5dghhXzew25nA0tySB277Ilg4BRj00KRrzWk5H+N7AFvjj8RAWK/DZCN3bNWr5rTVw3SDu4YThwaOrncMQadT866FKvyK7k5hTTVhPzw8v/cVZBaYi3MqfIjZnINjo6f7SHdc3+xR+sEsJcpGG62cZJIiam9couXz15kg0W7QR5KdLEsny8IdR6qnvKNC19ZhqWlrSlF/+PKuxkkQN36MS1U/32i1A8IDul/m2yCN7xB6AaJuu1vQFY97BcoKDVnNglD9V4f1Jo9uZQ+rg2BpnnVdWFGzoihONXN9y+ZjbT+76h4f6GZUS8KJMbeYtBduV/Rh5gnEIcNSaysfp9JFV4DTO+5QWCh6oHSObLBRuMc0F4KDZzdSE87xiRT23A9R6l+E5jBhm+yVbH7ycPtu0a+ffoqLVmW+ChIR+u3MOoFjcvc43ALNqGW5GZvAvnij9hhdpZOJ0CVWJAdxe6X7Zit6x7w+hG6MvtN2RPvMzCHqIHK/wrfqe1Ndr2/J7L/0lLaNHG9IgxWZREskaUhS+f6DCcYgMz8TZxwEswO87PsywfgWYgKgBQl6Vq8mHWiLDBnKcH0CgKYxRyhrEVOvyaDq4oVUHt6v6Iz37/aGcmAe4t0I3SfweAczozxdbhwTkRW3mDbitYDxoOO00X4SmqcpAj5kYvEJ+0gK5tZg06uYfj56N+GcWvKBlLPrWQJHEODMPk/RXxMeMtpyHfF2MzMjfLPhQaBVieWhRlQiNM2Tgu34/aXdPDjMiqZmo+74vPpmOrMDfc4t4c4MCAKWzezch6hRj6UVIvpW1dR6PXcD42Ip0+gLjI0Z8IE8pfaUq/gUz17ExFKnFFGnN7hhxY9/7vgw+Hue6ee7d2CR1youtT9VcdxyOVPv5DrvmkrM7V3b8wQJuu3iREmVMUBxx1TmdvCRX2aIUYe3zHcgehHce+v9QJ9Xgcu3SNNJjlzi+wtxRJDZmDYRed8YSXkVnZKVICTEflyTIIKySSPfTJL01SQjBCd4ZZR587t9ynfmRbavk/ZXuqb7NTbKXhFt248Lnx/J+kDQNXGIkv26Qrl590BbBydrzPkmK/aWzI+imXeDFw+kEcEW1d3Uu8j7uulnwDfoeNko2z9iQEXa6o5rRtfXVqM2Ym5vyBzBKuKb0oJoAnoSNmj8Y+Nh4asyQ+Io3mz8JgflGd6GIqpyB8CFFyIkOBPwXJlHPvcu4Y1ER6w/PWHH5xCdeuOVekGAcoyUEN9OFy0B1L5vJ8tH+33C9YdmFYeffUgQyGzGFIbtmn2u2Kk9vub6Yg0vJGon1IgecAiMSWrS/5/WEvZ9hExozNX7fAzQSQbDGD6/FD++3zplfJ/yOYhjsst5WJPKDBWMx5eouMcK3SxiBouebGC3Mhvj0uf25jNX2KoW2Lp7vr5EJ+s3ZF+jG7vSeB7LH5oz2IkbYYIGdlX6uHBfyk/5HXyzAdOweRJ2zDl/SN7AxZtwuDCYdkcc4PLb/hSUi92sBTdknF4jZFpDVLOYrO/RY3d6qbQArdsf6eu1+JkDsv/smCYCeON+pcB6zUSG98asH8KNhQnIacB4VLmOR0nBjczTFpU5xCpaW3PTj7T+DIyw62BeXouzbM30lFpeeASOgaViivOYMu/I/gC4Bd57/87ADw37wObUqd9j7Sn6VtoS6NVKMfhyMeUY6bFE9pPM9SxVqsHiohDLuO6s56tXgmv6adChP4wyn76Lho0nCcb9aFiyEG5JJ+rjiVXYep+S41XrBj/zb8dP/B3beH1FCfU1XSqJGeWKgxi03gAyWV9x5b50t3pw5n9Yvn1Dhm3D3oNOQea/ZZbZh/08LDLnsOuwW0bzrJeTSWcueRXBGJMk+xiq7NExNGyFCNcfvJdFGUzebuRI33pleQ0o3K++hk52LKZ1J7Yoh4ZXSDFkszSv7TveoQ4hzidEN2LELE7gAZbEDpDYtmZIOow6+pELK/rVr+hJ8rhyEOKg7Ai1lWcQ02P5ykHMfqAufIVCbFcU+/A/SYTMYw7ixrbye6By5gsiTKwVNxGitWOt6H/LZo5v1PWJykJpnMv+H7e4Ng4U8VXR2fedQbiTzQzNXIegACuOaF4Oe3xfJQr85bS5zjEmq96pz/eImYCju7jlWvU52bNbB593RfsA7LGbcfnpseNfNdnvvKZpI4tufDm0/peRwRy02p+SLxmoNOGG7b+eWI9WIwj2cXa+MBm+V7bFGbScwdjqeKX8kxG3nmozhGF8+rbtfe5jh8YBdCqDQbhV14IAhP3xp31vNI8ELKtB6Ufj+riyYfeSFZSInrzAUSXYr85MCEO8DIuvhR1160nB/Da5NEm/m1Gz16lPBd+7xT0PeaNrATx+89beySgZS0eDaRYsaSO0N7FlKZb5jO9noEasNFLk48Xqz14izff8erJzpIjE6dbzNS+DlRoSVrtG0jQkVnbMZO64plXYy38U2XYnC4LVMoXPH02AebE0oLky/F7OyJoIPXsOwEyzmckq3Xubj9ZO1NGgyLjTqkdFqvlEVEjSgF8IqtoBID2kojsjp0yjr4nyn4xmAG5CCnyUnbUWADJdtafZjE7GTYWyEoAaLHwS4cww63ykHGNDhG1b2Bm4kzvCvAXUE4xcx5S86jlM0+tCsK0rN12ATQhxLsbomMz5yW177TGie/lXUkVGjsdoc1GwkiqZVag338O3VWKhGg5ymgk1LQDSjESSOa4BtZeEDxYSzkq0IqzhzSq/qyrsVhB5BrHZ59k64FaMkE07MOO0bvO2d2O3lCD/Ubm1OfPsVnTiJoB9p5KkKXcfMkDKpjUZGyXul4IZydNJOpADbyiPYW0KtzGq4uQEUy24ka9u1BKGwRYfTq3zXNm7GKV7405CAm4oqnXtow/G9Y/rOHjtDWLLlYUl61++DgZKQE6Sor1d4mOtk1zdG55rFWQUGXWGfviPo9y3HU44zWa1SHoEPuJFjcosAQDdehHm5afoG9QyfvCx9KaZa5hEnVtoQA+hgP6+kQvfgvd2OHW4OEB1FT9TuNR1CqflEowoXzOOQ3WaIcCjIklXuUr1JGXHdBCVfgIMdummHFHvx24s62W6uH254Lkr3zQZSvjAxs1/V9o1vfIDQIec5+mDyJ4UXwDAi5EFgDVNr2wCuA+uzxgiVUMReqN3ZFzU79WGPWTT8Zp38ZC/xnhyEIsXrwBwZ202+PdAs4coC+IXADekvChxDFBQBZMIWad1y01vkl0AdywDjeRgEvwqB8cAeNLOE0eaM9njKioErp7KPwC2qy+JdQDUIGhGq9twEsA9APMYaL7fD7RP8HDa/q9ksvXPSB/KmHKuX+RwnfaQVpMEcWGZQcC+ZkLzabnlOiEf7C3Zqkv1rVpBFS0IQsrYskfnK7m9625BHz3lvGLsy0ebrfb0D7h5+jcRXFY7x4iSAHeJDwBSSmoMXSaeFURttDXE/i2Z2N/wUnJde2b2ygxSFgIViW1wQdpVAQTtFF0giWXTku3dCzLsXG1Yau9MjbVJCKRpQVr9Wa5iWjemmR8i+GxWAb/RFuWxrffiJvhH1Qn+xjO3IxMxAw2ZIwRsIct9UcmuPl/WDPnyuFz1YzPND3PjJa2zhBSrpYeRcWuikUEITx4G9zQ/dyBO5m2X6G78qMSgC8FNnxvl6oPREu6REXsHYzYStZxHGFIZEtBlf8vqoZYhhNsaRcnIGiDefTXsSyJhrZpbiow8JczVtZHeImJ7XK5yWr+OHbeYRVCvUyAjE9bal3Ily/kd+tQzvrQbRUl/aej2/WDieotgct0n/qFhAqDeY4XZJ9CMk0a3/peQ5wrN2FP5XQS9YMDuYJhVTAwwWIHZBY3o8ihQyfkIry2oqu/2lak1IKNvuRvEpNWcuDAtv23PyTlvNt4Ba/55HKx7EFNCgpPMfvfpZCoXJO8t8g30L3vNTw1AyZPxrJ6rXPUmg/7EyKaFjkE6TTparxyAHI3bV637mBlURxfsCYDXAhZ2kNPYcijjYXCpZUgokORc4Er4m31M7RIH3gAuC9/4OHVvQqSVPe5W6E6UwewIOVN3WPNLvAhxRR/5vb8987/ge6a8PQtrRrvOV6yxLnVSota45JLe3hnLSdph39eKZddilkRDKBG5tUsM24j8PuOgQZFTmC3rCeHMP8k3fMHSiFXtyMWUcge8bpka38AFxt+Q6DueRPG4EYvCoUQ4nASHZRQCtEMNnFqRdKhIYDbcSwWpvWcgbWLCj7Nk/4ulDAEg2LbgpwrwXAnZehj5loJvwURZh8t2ftgW04OzegReuvxkuy6tAMk3STNyS+5xiY0M21YR6EKTZUoEyII2tURC5KRjl9LmRn2QCXSJI2QAsDn4FiBYwiqLViU4/2wHAbHOvpuLPxvZd5Q1cqiJyKxJhfxBcfzwoqneh9uFXoZxzxYyMoyEEA3dRZWn7Jk4ZbqM34hMuwyj1ZXL8A1lxKpgUxO/pVo/c4mhaY58SNsjsvYI4dWxXbvRgNtVmgsReclg1e6Wr7mGy/XMjmNOsSO8k+PGIdyIxW9bu2h+ml9RgWbBovzN6i4YrwOv43q6BwQQ13XZzPCzzhbnuIaLOje3gicQozFHsFald90+n1B0iZAN127IoGgOb+fgLUViik3TZw5uLTNUvGpZYEiW1Kh082Tz+8gc/J9Bva4X/ZmKMCNvSCI7gFBYBpLSrWlopXpuVq7xkzIkLRkMzA1oUjwvflKu+eKiFGNd1FpzzCgo2roc5D1GFdjZWaI5YSbLGpa/YmKU7/jQVyHYiTeV3ah00D/vOoKdsQAOjcOemsF37U0NA6sD9qW1M2VuAwdPzAjY/EJaHg2XilB3idAboAquob1NAFR4tiSZlwqng+cmJIgDmLeTRPVrMWOeDGeTEDbJvcwv7gPGC2tqvNJb1HPGtp8l9cuzPGY+Jlh15TIDAhibrErr1P0dKMIhnVI9dFjE0nkDolqq+r3W0JRQyuyan2QhwhmuaqhPe6TT/JpB7St46GEV9+5nGINbEFsFRQHgVtxnuAYoSlgYsqVrJ12OaFGezTL5HIXzB9HGcnGWdRxuTzBxAx9oxe9/IDWI0wKSKBLuz3Cab7Um4I0LwW/kkEiVvlnxCSPsI8U36UwPA30ll4MAxg0mEBLw+alGFdIPMP9vo6fXYSXsccxcEHtU2H1/BzFjQiqW2SMt7ddF8ItIFSVcghLQ5ZQxd39Ms5dFSO/xwnHe+LrCCtzTJacxFYE5KsqMF6IAuOd7Iosr4wRk8ZMGg4VXvZXpz90BZWvs2vDcUkfFE93OHwqs2sLkDyN2aancsj1srOmXL5NvsDx3VHZp5FdZRoRmLY75/qwwcwh1FIe8MTm2KlFCXMtG3hv4LczEUGV5ZOgB86JZRARPaoNtFZHdQFVp3DPaNh+qRjv1osQy911XwIb6fu8TcWzchKOXT1RFWX29Iu3iKZssESNnRPe8l4An3d7JwKfqPktDOUNBREdq1viFXxzT8mZrFcplwdnUJ0a5xcRZauyiLb/ChCz2KIAjeJDfnfreoW4n7VN7zmZWJBSMBAKji8TFTR5jAgJb3K/7Yk1p/KaLNUMdHPxeEF4+z6ZoecQztvMwoxUBqONwa2iq3qzQFZkhgXTBPTWJEqBQl5ZsKiRbUNaZnfK3QySHYsRPe662SxIjXO2VqYe6WGPaYB2xzVlrMnEC6SZdfLaZIC5XgXDIjCchwvbTRPuGsKTCSALCNTWONLyExFQDnP9jvFtfUhAN34845Kfo/GS8WZRhDXxrfJaySA4TRVlNimSaCDec5TyTB66IdMpvF8MjpX1VNHiXTQI6GscsYh4c5v8K1YTP6zuOb4aUzGkyvkttFlLyLlNSaJKSJQ8v14UxA9a51Hzwfkw/QPma81kNrU5QT+1476KcD9XUG/agIpuW3MPrrom9SG8E3XNq1HRpQoV7YNNNkk5/K7XzV7NGxr7IXKVASItEubW97URU1xSXxylNm/LZUYrqcAOKjJ5d45/vmyzZlbbObZxATDN1w/vTIq2rz2wUvRlZ14AnktVZP+VXuH4ZqDKaplDL+d+8pIIFjojDTk0GJPQ/Xirj/OEpzG/HRnFJbPYHeT9BZ3+U2W7rkYOPfWw1nMRWi9BD6xtywbuU6Rz4YfVzM86bgA1dg57x938PcQC6Myj9xqYSMow0dmLqq+Zm/mi8Js37D7Gpnfn7YVm2brUIJrPjPm2yevtYzmbrye4fu2sJZPGTUj1m51n2jo6RdF7pcR6F5VxRtXyfnT89JWT0qJitvJj1SHg3N8GouZJCnEknQIq+rtq5j9ewZBjfKh67zcVD+PLPPmh9AQM5PXjwBZ0oli0dIN3ogr3/rCK2Qp9jPm75mUBndtQ8Z+5RhvOWBlKdHFv7KIUkdop4NuULZBIUrfYWBtPSqw+2S8k2Oim4ZpraCta30CYcVx5U7bIRc1OjPpezz6VDCGvtA2hqyhA1/D3dUJigDlTOaowmwiiysbuu3squAZ25KmfFyu3QZapQQFsddbGb1BdjJBnRvH+wgboyIqtsVFknC8ikUJo/hUFCYvzJi1IDl/Xu2g9VEyN74PPq/G1dBkSdjrekIfA/M9juLNYOJwx7LMnoWhRs9/SNv7pzeLWG4RuSqXbzV3F3syTZRC5iO6/dhp2SAGNaLLDVNFlT5BMotvftuzV/fjFkFtVcTf4YCNR0X34jCho7FVSEnwUbhZ9EbSkn41MhurVW7bmigTrE/IN2NGJzBcOA7sg+wC7t1VAnhOfd0tCW1lf1cC256Nl5EZIQpzWKGB9YmkpZaOjD7lo7mxKYlQB1CWSgLBPDL2lbYgV1u3BHCxP2LTXGjrQwv6trXb61+4JmhG8nnepyYBi55e0CnOerLgKYW9kpOr4WrruWYbjc/aGg3m6TGo1d7ywjsXCT8+W4x2sYfU5WEn0Zl3Dw85gvRd0zcZHpknX/1Ky4A1allFPfzKnzO2ihhfMAtTFQGBzuPX0LVEItaxiK/h01tLX22dv72lFsb4SON+q+bHY34HlDsgTX/eXb3xGiu2l0PUe/A2snY+R7DkpQjgr1Yga9+aevuCZKDA8mBfn24OKeG9JKQ30+qJENFaB5U/H8o1ERzKKP8KHLwe1d2LT1756vuM3BFwAfjmFiGd48JtbNnQ0+AEca8CK03ue0DbY2dbXj6miTTMuImaW/Ki9a5i6d78j6nyirYczqJLpj4DRQZUMzRosj9P0S5RnA3AKa1AT+koavIO4S64iDtIiRtXrA0/JViYZqHpm2e3JpfG/MQiTWpOXp8lGgv3KOuoE8HeymNGq+h2NMBWEZ235g3zaM+BDYduyQsHHW4545UTCE5zBbAagJxYzSipshp1PP+XWxt7JdG19nmePTAL81BZjsxw5yEsLnT95Q9wNZu3Lx7FPGIKtNcBF6gWPvFlYNkFrM9MCZSpmVzd68fPD0Gt0Y7UCFs7mySy30VusGv+9yx7vvU+KYtb7aACg8BNOOu4mk6P7Lx6roeZzZafVBeamyVeveL2TgKXS0pTShEFWZytDAfONBz+2mWbID7Q2bk0RdTCfjN9JqmZuHmt2PhWl20tZm3IqoP3LNla9J/u6Lht66lOXditDLIe8GULZw3PRvrscKFNMcTIw6Onjy/PCpxl1eu/KyFSJcahTzJQK+vQIm2VgNa/P3eiuSnaFCnOPcTySNcdNN7Lxdidra35EFIPWxHdIobZnUOju3UUOrKLLIBUGkElTATxf5eNxFwt5ch65ZWwzjrizl2wK2BAB1BQYnZRqHaiCCy7nLoywEu7djHiHxmZTccbx1nO8bHMQqK2oJ1QofAXy/PznySMJCHXFwBe8O47xrmLbCHbcKwwm8UY0ZUBYhVJB+X2bz+zmUe0AB/zmgW5RxYOJ03rWyIanQFco3CT9L6D/o71hfgl2bnvBYI2QcB7Qpx3Y2z2DAW0lyiya16NqOcRqavIZaAiUseINrB9MD2yCxtgblmEztPbBO6gvOl+IOWjAB2Qtcm1XcmmPGslYR4vFHdpYaie6TeoJ8zNU0oYHRgAaXw7URhVvCdhBWAF+mJyYZbJPNPzPMBCRYUaCNdDPX+eM+GRmovQGDm0sFzIzCM83tWaEpNXBkUNK1c7LfqMShjk++XMUOIFCJYdcS+PfUiPuFTIey9WvKsI4W0N2prgrBgBb1GkZYWlwkwo2758DjQBsS+e3i2+hfzJ9iSwKjVqtTzs04mc/oijSStXPQWZRioTQmjRcAvgyJNLIa+p5nbMfzMHrt7KPDeYLRrc7GmvAZNakzqBQzyjpegDLPtvFIlPDQUpW1oSBI9e6jizIU7Tq1sAkr9o7TXTm2LncwRn13+pQ1dWuR2x9AhiPGucXX5gwjGJww7SLxgEkItsuX80FG+p/AgI5z4Ngu800BZ/yzEyICm4pOgESp36F2RSmlMqJ9SdsNveXHSOD56KMimzC2KSMdmq32gtMafYPjDgCpvSnqcAi9qBeDl3OX9SbQMG/o55bDbl1l1vqdqAtajJr7u1EJdtocfFngq5FhCgGyfYfcbru0hYxCZXLjV8502QPYjUmqlMxyZU2/a5kgTOJBid/3JZ3tXX9zHiNn/emceRG2WiL+0Y+yOmh5rgW8VGn743EgCdxKyVenAiwK7Iv618T7CnS5+rBo0p0I4etiZMFWqOPpJgQA9moph4+7KEgdhM0HYR9Vp8llFLKoFM0Kj3NaNAPTPIKBiIh3B7hl7AHhCKjFZPMrstohch0lh8p1kAPHmlqCAWwk3WZgh/2z/6cEJUTaFm1xsbILokQo3YRNJrJxKAzSwKU+a/OOROeukdujxm4S9dBHEuWn48gFVwqneD4sTdOjihqYQLiFxAnfur8WZ12ZBpUUlff9MC6hLZqDxyhUjg9oDepHPXX6gcghT/TiOIIp7hMQC3xT/6CnuXDWw/UfxBHof8ROlOqZJNt0T8iuTdq0Z+JNBHYsJA3rbvuqKmoKK3Nr/EBArEghwwgSTkIt9qMKNgTsN2j2/pDILZ0HJpvgBt9nD2Hc6XIG4k0YvOGQQrMkDctLKKmv8KEwy6VU9BCgtVics+V6BeRWXEJvgNzHUrCAS9/5LuPJKKbYqRuWRPJYPs9GqzLNMvRGPljeuZW2ufKKW5rRvcauMM0DAdA8OxJzxkEc6M8KiJvN9IfGWYmpAgpBMGcsRT1uQX9Ix3UxkjMT8mUiF4eaDuVIEW3Tub6p/t/R/kQUQxxIrd0RFutegzSWI80BpZRUkmddUfRDc37X9RdiftSuuxKm4L6wo5pjVXWHSO3/0LkZImkjk56VIG2IVnNTFjGHiQktxVmWZzgqIR8uImlFOEaojU9c6gktlzq2xGLopVG7uhb+KDgV4snO06yme/t4/hNEKC1f/m4YJ8LDn6sb1kVIEy3lVCpleL8SAwmNslBaWjb4Z131ECg7smqbkA61WOdHjzVKhb5Yxr+Syii4Xy1umTOfI7WxjD859IbqGbr8OQhIhhMfw81kJxkdbVFZ0XoIALJCiY8dWwRxMeIihBUUKmkxm1KHBsfWARpxMU5SYkP1H5r/EtZBeKmJDe5PrqMTwypK24gXIbEDUmmJ6b8/A/v3nFLCVMY44QMq25BUeqknTipiR5PqsFRKYrn3d/x5TgH/ysBxiqp0w0TS79oi/j8iKHatnvDEaAoIaQUTAX5QBibceBlGpaq/skZvYdIzvzrz0RC6SRDfKXBT3TMcYSclA6qVFgcqwFXcMDf994QjpSuTl48A+Vf+yu12UywRTKIQO7Pbjz46jNW6QsjzDwPnefduNbH7CIQdjqGOFgbXlfBBzXxO7mIjORcCvhQ+mAaGIDTUxd/kJtObGcz/pNKIF7MoCwmqbrjfNMG9/8Ltz+EtookmhHWUkp79gGRSq3aae5QhFCMJHdpgV/CZaNv4sPm9+uiHJ/iqMoxUEabwnB0LMLXZmSjtLnnjAej8Ta8qR9ZSmEmdLY1gJwXULpHe2XD97/RSX+6px9+OiRbgwSVQPcPYm8Iz/JW/EzPLvf+Q/Nnoku3rn1t/DjpjA/nbA62HKEmzKj/+LekYP7nwzwQ0o+pn6P7N5f+TCRhMVWSEmsb/B03hG8aMESC8mFcacbVjIVt1F2u6tqdNeQ0Cb2c3/j+bZIwEm598mlg8Dle9g/7W1vL/Gch/+T62XDYdmnrPtXQ6UPnwlw0KXXgsp3uKBvChg9r7giK4NWy15TE14RhkLzT2CXRN+b7hFo1r+7E0YCo2Xuv6hqggRtCws9UmiKh8KrKig+OPrDfGiskwaVXwHOa5xLQZ1QZomd0V420yVPwWGinsEuS+NkocWMeNHnlsZ6sBeCvzF8to+URJjUPzMPNMPYmx+7vqmduIZ3gR4N6dui1H9kHwrr87XK8Ia7nPFrgl/OKMHhfWwzTfx+aovf42JjmvyPbGnrunoVXchri5uSN066B+M7/S5mOusbnCjuqGxsnqim3YG36qLd2l06v8hgw9T+O+G3tpvI6muZVgH/7lAJwTLrup3Nrsq0B5Y8tLcF3gV+NIxcyWg/SJGoWRxQ3nme3n0h/gQqPXhVd3NKsbL5Inbm3g13c+e1qWj4lwP35VaYrbe70qyBhpgz1B6G9vdgVRmRfCSIzS0vsaeCHwye9skn9hmJb3XEe7kXanjbi7G2p78KA+eydOLQLZgs1ixnrL2xvLxdvverFIrd1o8kcprksdPUk8NyYgQojvHWFIDwWrJsoj0lCLERagORPVyFDYVIwRZyZ5nZeDjGWNGMDok1CdDM4IQSb2i3cIe0vruMDDT2QpfIsnJ56ZABNbFUrLe5lO9KMRVC3riGBuxyWna3H8maHwSh+S5vv98KDVRdxwE1Y3gyoCEu7vL8N8GDWNnd+w3stKNSWWLYj3XLPsCHICpSA/ilpn7eVeQiRsB6ED1hwCMJuaqSyLECdCNt2WgIRp4et8rhWpvjwMtFanIZJ0cIudIKK+uecHAiPq7H3uTlbV261zzBERkQhUQQ5S/vSg/73ucSHu7aXnCFHLVNiuycaFDljersb12LFech8WnF7L1l8wSfob/jCyWExupnCru2mtO1QImGqYru0q4ly7UIGKjYaNncmoGI7wghh+B4wT1pgvq6YFw/RdvKjrN0OQ403ueUUc9FIaJYQ21qLjbp05uRyOHPPW9QTh1d8BhjZrWtPL/ZBxUxqenBt5EBaPDK4uxEI4H2OXF6/WjZS10JnZrRwZUE0dR7V77Oxgsi9f6HIVMt/gFS2aCu2h+ooo8ad2Nc5v2p/svPGNrB+G+1uPEABZXjasZaMg6j3BoAzVKblcjTRO5RQwxIzRMCt7bGXX5i5mCeaM1S14RBaz5Ye3CNhh1k9TprJ/etlnTD2RjkWi0RkFqFDjEG1tNO+dfuUa42UmN+yD0qmuM1equrqvLPKwGHy2eGlNXoPKgrt7m01qbiL+U1UMkqkg1cH8Lj8whu9lxWzB2dr51DrL+xzjnWnBVoJTX2tW2IYdOfMLgvgBpqXGno+xsS/dnONVN42+easHKNO45/I6MvHp9l8Tf6WIRScU9OVLyImutytE4EPY8VWlfFqOdTZnENRqYXEebi3e6PY7hA1uOQ8lptDYpstnFhHGmLMxq1ch9ATPTkf1SnJwjrP5Jp1NlqEF9HA3TObKtasvZ2gnXpxvz8EgNSmLbwJ0LhtUhAHCT3Ij8ia4LncDnFlXnA+ogHeDBdSwc+PRb1JS6z6mu26tKKCywzdMtSo/tf6jcHp5uFrdNzG05U25pUzOIJvEU24A4xFNlGXuNEyCkyJqaIxsl217vazraYw2W64BAX8vCZXNFAl9aS9qIt24NPE9AKi5dbdZL4GPR115HEgyIAJIquJUK5prDqAxb2Oxd7n44HgPYnD6R95Z0GV817bC6YDnBy2h2njUg94D3CJ/Cj0iGFYlX+iPCMvNvj9H5rtbrWoXbcec97/iPNZNWg0BWMdgphX0DqP7NIM+epSJLE0fop+tlDZE7so5nmWubwxDHHRqcvDcwH3i3iIOp1mOGBx+TbnzOS239TlO2pid5iEmzlz7TXfPYXNO8KlbKUjyEYbbet18gr03q2bsET6z80numLUkpNXrlfSYoFFAj/dv+/U9FM0snEFfL6XAnI8Z0M8bXfoeYTVWfo2bZC/4lBUNZEs7vhQrSdJ7xyXQMPLIS412j+B5pcQXP9JPggbrm4DgRl5oUkZFQQez/wKMqZCNoayzDrhKqvkPgRF6G8IFtXLpL6VKwmYMGY71tWOwY1dM4F4rN+oHTwPssMOixgfo8GkItNLu5j8CspkSpfeZQBW5IxRUVayRczgzs6Xpk1ZEmsht0lacBIE0AQE5FWZB41GzmnQfrncRgTgBMuRqWscKHPCof9R+dp29U+SA+qtzve/opvjOt0xnJKKR6vDwC8wpAZXjHN4YuBY7RuMXMbtktO8/Hso9jQddO5Q2xaYQS/ERlbYiRgZ9JeS/3V96s4wfzUbcheeHpn94Ou6SyG0wFCkMc6JLOsPhz+tq1J0S9roNYhffcAXTGW/fcqTmwOKebA7DuKRYi+iBcxaEy0hlK54sKlcjCpawxeBJyp0h3FQdxucruOR5Jp6i3sY/lebTj7OSh4dMC1rXLlpLhDGRrQ7N7nmfE3ID+Vyl6ZsoN7RVciuYdGPwPl3KSc5R0R+F57TxlXziW888LO1+Z2na3SOpxHpNhaoR4Lb0Ktd6kMVr8vNqFLZM1wd2cKQKkveVbg0m9u/MsPb7nk8FhiXS7wu71BN1Q2gCIMOFGJI/zWUU/M8xsRcJlLL11KBMBzWXo1RSVw/WjUDOAH9QYw8IYtinW4Bkz+QimSQjSS2XN2igFlyGRCU5RypLSIGbTc6MQlrKF6X1LZV0YTSLDwT+n18WrHWU2yKuXact4U8i/tiZxYOAGPwCKMAp4JDfgwUJ3xnS6fJXNXLTpswW6FGS9wKe2jKGkVOx1TZbPlF7FV7LxVnGXPgk4dJ0ANZxFwSW1Gb/s1NyehpTYa+QyQ7OXZH+8SV6XtKIru2me2kkUm9Iq49hL4825e6Mq1jIaxri+eU+UL5CUV1gPuP9MHlKJ/8EkZdmUV7hREMTPWscK32bD1HMckXv4ia/W5z7p47PFpI4rTr3JiGQSFYjEmLc/fxYSht67L+E1e04d/ftJYm/7UlPx52DR42RPHxoSbg/wN8oiZGRZJMySbQibmAjNBA3fjWFwXFaEuBDbvltyGhYo2TNDR7HMibCjzPAb9mR60wgEJUMsTccCy8WFbisRMrj8HUHj/NmWtxKdCHQgZTGEuRlSNQgaJjMWYz30y5H41SNqGFE/fh09qSKs3nTNIlAiZW5/RgTtNB3Sf1GjFo6YLxeSikg/QNg9GJL13TwCmpzfqWD4R+774Bok3YcW2OFuONmrNc+WtOlRjF0d2zYqHYUbWNl/yNfbgkHjHxjEa01UYadE34vN98lAVtDX3cBORIOaifswhPY46SLIGoGkMKBNaSiu+qOjzwydviFnjDarwIUhPAZ4td3gO7tExd0nY/PNuAP+TaEm24Xd3FSSZXeWtx786utACdpFkXdeQ9z5tMkk7SCTzxDgdmAf826Yej1fkzXDvwRCxU5qIII664DfR6BebMBb84hBRUNk4uroebfqVL2+0pU2oF55cIF/Rg7jxF2CgQtobhTPLLN9UynqjS6N/zl/2MC72N2hnRzMSUK6hxYKD8O481GEacaOjtJn2AtvB4FDTK5NqVk0qFbcIUxHn6KwY1WmmbYMi017gYXe3EM3Ii4359cHZjp9HQXA6OfcvVHd+gIQ2ciCQM0JovY2k9Zn+7Z5+hdwSVwu7Or/CuNU0ZZTMgiBK2d0ZRj1cbSrBgde01T8PiBWXalfaF0SJ1E9VDJqlhB/DOXZmfNHYOgtTu+C/e2zwUN9eM2PVtR8qTfEo1dStDVMBfVZjfdh0gycBxbPlNCJ++aQqm33zfiQzOMdVEI/T5lm7BDR95MrajGzs3j8lg3EDkKww8F4LymLT/CkxjV71Y/DTYEu/YznMThN/ImQwgyjWqzJA8vE/zGegJx8yIq8nOAM/luAjOCb0hWXwMUN/2hlv81il6+R+GsdGjwHYR8w9d9HyxyCabfxnui3VXWzexLX+iqbVtFqjLoxTMGNxX7ERQIpvLY/0iZOO8mNKqbjrXY2fAQn9vmujnL556muHVeLMOjQaTfvPwm8rMN301mJUndOI2YbWeGDvTCMwR3T275Wzb+HcpC/HEY2pFe4QfzECogpBRe4ptjaI96DT603MQcYK9honcQ9rlsz6K9n2KSrk3qDKbqWpc3dIaivCSgIo8tpnRdNLeSRBfXL5qKTL3eKOg80Qts6LK2BoIG72MnngONBGx8QhAGnQvfkAk8OdydJATjbiEzqiH+e5/devlNRYAPlRhSbx0m5mkCajmGMfzHyioCU/ptr4nI6oWhk28+pFf6DYDviWvGvr9rLprJt6jPC9Zm8UhIxLXvVSvnnDOEdx8QXpczepBe+O3C2N7x6EfIo0g3Jv1m55bjOcvMAGcgMFexDiKJw0rZONUnEFuVpDIca7Vj8gL2AN6dTMwIaG0I3m/BzvcAoLj1464hwnncw1yM89JWqJJv2F3ZMXP5epn/Yb3A9JGp8i2SEGmHjI12Q72JZJYJ+AN/+8YZ28ie2EyTJj6LjDf7IHb00cgEE6AzlSaxmSSzWJVgRhzmoNsnEGsrxmyYAPQrn/pz07zJxk4xrvq0d96BJ0OOBpoitom9uXZlFyZhcz+ECoh34A/Je+BwmvwPal0XTU9ly1u6pmkrbvnqvS6uumUhNfbZw9xGtIVfcAt/7QDy/UNzaCbDPRQhJLZSi35kd4wwHdRtky42auGvIqOvkuwH59VsJOy+cetwALYPwPgXrZ7RPhp7o6VDqMqq98STqJVH5WqshK5sjYaxUZRQ8ePv0xolyb601xAGe9VIUw9GNyYRwWmFQwk52z6ldn5V0vu1OR5NQ/teSy1sPAm/VY6V7yx1ecdCllhq6VhTAAz4GKcUb7F/Q1aO+HM88V67dqSPN3bvjsnpPeZAB3512MQNqGI5mp/7IDrenoNAEhNTG+4I4m+mEy+/No9g4zQQ6jNwOj4UIhljUoTNzq0g4q5R74wz+ZjdTdIaBA44wXfvA2qorLYL+OBbULZ7HeVbA979jMVvHcA5nkDrhqDo7wNooLhl61AG2vkcc4EQqtWc4grf21EVF0DSkiTcUCp47s5GfjQFsLPKkNcMQuR5Twh9caLuz7YRWQKET9TCCkWVGV34tMVYUEPv0nAS0ha+VdPdh9SAXxX6lWhVFb86pW6Xkf/vhRVlDBmhFAKg8lhkbIePTr7Zcq3R2PLmxC+mBpiekDeMmcV/TQIGXzU2awSHGDEB0T3lWTnFCdg6Wjj4oH93Yrkd6CRxz6GBVUjclV9zpbjciHuHGBV7q26e6Sq86iAzpRsotpSbxCeuvTERrF2J1x8ugo/mCR+8tlH2jdPq2ytARUendkSpcFIOdLwvaE7JJH9zoaL1cOhDwYVlX2PKcjah2BPHdadzl+msPm8I3rXOKSEH805RKFYiBkZXVbBf9If2SpyXBj8728iYBlAnwxgcR5qBFCnhAWSnH7F8jHdoXxk4lPAA1ot/kJ5pr4ie0QklVRPbX1jE+Pk7WYC7P/s/beMn81igKkBI6uRf/pc1dw0VJajI9COf2gb3kKQB+BXbikUrDLbY0RSJiFUm+fMDG1sMotBqWXcp+zooG1Kxu+AR7csdnBKvd0IJNPFbwCgoxs+tfgV1D5cgNVVJG3MTQl4Y6luTq9e+/TZhO32ihbvueS4PzGBR7lIu7lfiOOMi5vx8soQ1G/oBv+/H+n/2v/nYC/HBTnzx8Zv6cg5X+3u+Dho25nUsRvseGZRd+cwuTZ4fRM7FScfg5+eMuXVrFSl/tU38d913YEHgvvqd4025Z864nLvTV300aFkHdsiztVnug2trvq2aiiWqL6xbgJ4tRr9ozZuS22q5HWg8FC9L+fADzqw/D6+LCzjnV7rQvDvkuQpzPc6ROu3mHj8zSmR83ezchQTP9O1MxKUsh3ZxFy4Muo1ncYdqIDgEmOZclE6Hq9yzmSbR3wm/BLFo97xIB2bk1H6N5HqBNEKS7DPEwxvJN1uUcv+WoHJLQYITASdku2SXuDIKuk/JgkjVikwOtM3eD0bhfFrbLzgcSHRgulx7k6+Dr5HpgJQops2Hl37chcZukDqFp7qj47IA8AjEEkZt4yecGZf5FsyeZ+GXgUyev2E0EZnUL5yRkKpPLe9r9vw9JMHz1zc8QHDiy5C56uTBGtqCOJMz7TECGDq6yJxjklyRiDdV+abMhuQi3NAiOkUI7ZwJ8d5ZthTvc9F86P+xvi/rqCVACjiYs4lT57UddQcQMnPBWjzXmo7gHmBvj/tuVJvI2PUY5QC8yz1BLFeXfcQyzmzkp6dHeIb16oZ8642KEGtcu7z08gW3Nzbjht4NVYbenh5OznztKTmgsez6NwBUzp6m4pmrRdpb9jvgpRiQIYvgc09HqPQOTngQnXNv0ycRXvImIPfmQscc8oNHeJlI2sBPTPfMt+MqaYO/DY7orrwhnEo8qxclaUPHUHuXkbRBnHdhVnhhUfLiOv+CibNOdaUOGWl40x/e8a0pN3bq4VDIonIafEa4eUCFimlaVJByCVSjjvEqPp3+TD9x9u8kkPJElkvYpui+Ehpc7u2K5TDtZ8edqs8d5lHbkP8e/jymZ7211TWG5auYsrXMCoIM94DyHmAA2Y+V6g6NgrWFkUchrWNscl7hylo50/gZW1dRTIRLsQTLQfbPuYIbZQJG/MPVuTtDqMCKUfSXFXzaIwOyb3XJ7YV90/ZTDqJM4QJXirC6qD7xgQiPo3BBipy+YKiV8CRVMl+LzJqd3Kk/wvp6ZdDA6yoXe3eFDnE4SYZemexrJLx+us01qSG6gt3VAL+K2Y4srDFoWzx61UCUVaHiDmowSaIJBkRA4A6Us/OMgY4Jkpef9qGnK8Luh33gMdl/mrw8wBVZqg2Vrn64J9zh4o2NaJ4+6VkImczZzJmOm/hyVCEwBUshEy4lpv6EdclxhHzZM2MgY55Sc4wEcWn450Y3w69Z2tHmfwKf7WYRmYDOPRRfwpDXUikzI66zQF0MG3tbGIsatCkT5ddE7alk+LWOS/vMoDwjOicwwy9UAYPeSSZLwZcFRi3R4ij0jafYU21pUdkHA6n+2wsQ9DkbdSYXFREnhw4SNKrmr5dpg6MkRHA2SMpv/M11JyQBnHIqeh9nSIZfx5kETxF2xapozd/+FL9piGX3+h4AD/EO9fLGKHb+n9CFAHC8ytlFz5FZOeTIGHVB2GioaxCin9Atll7RetMTI/ZO04lwMWVb7AOcLsOnowVYR+/BwmBCkiDGBIaHZGtBW6B6rm962VN2nZLOl8GzeDeG5pyb8CdbSATf0mAJomJg+ws0cX6HuBwzip0cqR0UKfyt4PLFHvypSOziHjEkUnWaK7xTbrTfuECva8YiyJhj/VeEB48URfQXTSJJDIklT85eoiTxJIE0AcKZb0oaoJG4wxLJUyXNIZlwVndnChGIuJNZ65R7ck5P19Bfc9NPGg8oM3jxvit7ks0aqXIMJbrKPC0r3zxbxukC2zhLgSi2owoSvLUdAiyqvVWUjweoqJImROgs3umdhKt7VaSLSFGE6/rHN1znLhanwrewhxvYMxz0sO+zFEgv0bfuLZzgug+B9xZzl/2l3oAx93eMlpJUwlMFinVCNc1mqsWJlyARWqZDZ0jKYKqenBAbaOR1rIUOZR4P2YGyMO4Ll+LriffzxNF5mqeKY0pzbnwEEkxl2jSGTXcVNKuicsX6vf2piDDDTEq4s+ifYiLPwkPp7Km+JCqNFpwLpHF6Ocf4KFcJf2YCEd1DEWE+tRTLw0N0t2kLLDSNh9C4W/kLbHbyVoErtOxT19EqahW7Eqtr/Q089CDcMlOkhZC2jaHnilI5G0cJW2fu0emmaR4N3m9zgnKb+Miv2waG6/dGTw2ZSvFQxjDcjnJenqkw5FVCjlWpar58jVphrqWqFq4zqb/+UJGt1v/X3zb6207cPlbozIVsRNLor3SRURffB0ySCGYFVkX22GszSZEc913PCbk4nIrsn7zUQUpwi/ULO3RtwnmEVHLYEfvFEwJ1BMJN4knZAcUzeHd+uGNVlT8HdqAtrYZWo9/xHpelToQ7DJNNaaE8lSedcjpgw+7OEG3OOqey8/B7p0vS5aIJul3Weu18qsNIr+XVXXcjME8OhVu+Z9itNsPnrOrvNhgv3+do/rPhcz6FBO0O65cvKVRHS/K97usrU/R7eMB175HMLz3G3SoUfrTewp6zRj2Xtk5fRE90+vLJ4rJ53itm+gPASjfu9Sn9GRV5M2GsvjWtOiSnfpsG9Xl27y0Kx3915/7mkxEoBKbjfT9rCmV3oWlf3U9d+Y3Rd4NWzAGv/gEd/MmCB3HTbmvt8ex/8r/6Pap/cwaoBsgGBiWolnpWqGSt6A+LUgCqpmicDpbLciyeNMnjCjonQUwwCyXXqTVhSGRtsCbnyGWLQ9GfQFKJHdqjA1JB+Mgs/WoVL0MHDRaNgx558HieC7qijh6640cC0cLLuyEBKXLogY1bjTVvRz2yZU/6TcexFW4xev8LwXDbeyu637769kFfhFaMqggPOUEr1iIHgkjaj2WYP6I4zhjjyY63t8ZriznjyxOEwdjqD0H9tf4Bj5UIoYXheet/fXafjjkaFoGFKSFcZhqGght9eQQSiV0mzKpXFN4XRTEz0Tj6GOyHbzRM3J62/TOKw5oALIS4ccmrKfHIY80G4x8dwCZY9pO9laborV4Awp127QZoJnWYly2Eg8hUjOYITjZtGqH2ZZPwX8wSElgexqZZRYU9nT+0bAInNDyQ/viATl0/awrquOB907WqRoFIHemPpX7hf1UzVBFOBtped7676xRwa4edV7nnEbf7KOPVRqpTY3oy+uKj9fXKjGJoc3EmzdY38Tf48ohBy80/YuXPlqVq4b0yStspxHDv2SwxCRhTqhZxw6pW9GunTcGyuV2BWlOSedTmrehg+2SbDfgyrW0OZSFEGkL2nI7haVx836PjOXDlYaFlKqiFV2ButMmJdrPBWGzxdcmCpJP5JJER6yxoV99/Hw6IhJoa9w+gW1SVuC8GXtaIOSAUVfOq8WCOAjOysbYn3rdHPhvCk20eitvY/7SGHT3rAXIpNUWpELvcHzRtGMR5BprZJ8UNjndJYrImhW87qPHQvyP5Mlh8DTakpUWokfyOScIN7Nq33z8opoFa30whG48HDJygSDC0N/LlSaDGTBrW/uIjQhvR28eSZo0vt3/eSJbzRAkllhShfVL0nOrW4hetaQbdqPboartUIKPjyBdLVxHa6QI8FFbjtQenvt1B3gStJDGm7Z2A5MW5Xz054eXPrZIYkE1ob6QZ5UEUtOi+qjCVeIOJpZaEUVp9uIGVeYjWjOFzI2A3+2Va02uLKAfvO4Fx/stjCKd+C2+phFW0NKGljGFplnquEUlt7SeOCI2jhbSr72aohahCBjCbMb6h9GdZLbdqYX8ZJzTE99Of1kXX75CxqzhQSbNT80zc8HlIk9WWgevuIbuGK6rU7Lz2iqEKo+U0uK1rlQTGdjAlcTCuMxa0sLOiJPgyMU96FN/irgix0d/nW3xCAM8vFALakg6vb2lGOtfaY9PkOa8o/tDQk4QrW5VGnbrG/ySoV+bqWRdkQ17lo2OqNRmtLXHg1DqbxKaaPTk/zwnr4cra0MY2tTkeTCsVMPheWeVVVMmsckdkahMCw8PyhfhCuaYfOqJINkCoKtSES9+ttvF1maovktjhN1uoh8qap+WmlHpb617Fuy0Otqc1nduWlcXrr5pFNaLVmqukAoHVlf9WfPDZWQubdGh6f5UPH0m/Vsm40lLJvvZ3oINvVZGSHFasjpSW6wuDeFi4YzXIB63peF7ihn3lfWIEmiz2wcMsycnStBjLzK2kQGs8nCkTCc7mqzG/HTwItDiXQCAEHNZN+oFUeSElcQk3rXje1H2xtBmvbsWGcLkryTi9Ko3XCayzm48DPt2PRZmSbBbG8nAjw8xudovHJIob3m5ywP77eycXzGw74d2M5CTDrncv1ZJRwY77veQOif7Ug6l4mD/DLmK6SJcoPHyF5FFwvqz22pOGcsIn6Yz0DBeTk4R8X3jei2zWAmdeIC+3ETdaqjIn8EkTkWt9QAIxzKtBlRse1c+XTtPfg5rteVv3StKOr95Y2jopvmW5378r/D4MdNle5zJHYk/6IxMRGqyk2NKPvu8Qs8vtmT9DIq1z2wQ/X/V+br+XI0p1f+M/xYPgc1/i4Otavpupv3Wkbkv1xxr+UX1zlfRzxlPKZUkrxZ/093uM/qQif2OQVuWYPPICHTzK9nnmMLK9MIe+yPPpDRtHYhaM4BJjin4/xci2gc4L6OvGhIYorbCanP6wgF5h4kTCnZ6Hif6vTbFjMPMdS6DsT+RAd3RP25TCNSLrEZ2pwJa+6cOVmNB1zbkTZ4II6IGt9agBqRs1kGuqnmHulwYSL0c0nngqggq98DJIpqNhVbGXEilEVfgbgVohp0ZZ8aRZxBcHKgmy/JcVIu6h/bMdNZ4kKvECB8KR2SZq83bmjdi58Wl7ZJ88ePQ+fGjwcmv+vBwoB9TohadHFJCK29TTWmsc7kgcOU6erUtW5yRUGZbtpaB/n861lvpT3ZDQoTtGZzggAoJQzjrTFE+XJeGBub0C4zNAlqmD0g3zTorOuUxoKMXSwp2Iq7GwzIYmzWyxzXiE0+xhJAMPTBujPTfCkTSKjsWNNHSkg3suiA02ngJNY/VU5QVrEkPFj2NpXKi2cIMpnjuOxNETjyXcQjHOVdJ4alzKIJPHr4l2zJtZn0T2a/jgN+TV7erAuyiJn2KRWj6YhpsvjPkihqzWXPqcKc2zOk1S5bRv3+YdOa5dSsooRIB7VfpGX3csvr4PYbyb0pQ7UwDeYMnZjHU5Pdpww0+6Y3vPBC/c/M793d2uxHHvPKh90bxC8ob3ewJlVVyivfrCZXcPY6KjAaGoKskecppG3QSAxhTx0w2L1LZB0W4O3YYQ2NjFc7M1Hi79AJ5ac3eXktRMdLoTNO73o0iYMlnTSRXD2admK3XehMiK/PI2BEA7gSGa2muwYRzNUFlXIyEcvnUFGFSJCqSiLvubUyr3WYWVaLXaTEsa3yFXd3VIcJTZ0kxN8SuiRJcU/8YSOq7gvgt6+FGJ9fM+nARnvJzGJDc3BYmlkXRqBKWUYX1dNtuOTWk5KCRM45yaIuVSsPyCzrGaCExzPWMl7qu1n022ekv5E7mSlhb5++yGzmhp9rwbPu35CMlOa1MUa6aWX8QlTQvyEkS1a90koSgnEOEtvnJycS1b78ALSwBVMgg0P4UNhuTyqMP2rbEbwp15tAYDS6bYCjQrj5aqhg391zmcKlPDxEkrp3NPILK3IWn2P1TNXmo03cSP9j6+6lp6keDUtoYcKfII7FT3Xy6Qvebhg1jT+V1ruL43Kcyc3SQ0Diyqiz1HBtdo9w4mT/nKyREmL5pQZZtXpIoMmGaUBosBBchuUEPimbyzfNDSIHMOkiKsjLRZWs/W+DnMXeVJz2bvYgZd+Qp/rRicp4SdabDpfA8b5JaBoSC4pmmavGvFiCazCex0L0QEATtnUR6rmpMAxciQigT68DIuzG20cuyb7zV3HgCsqZF5be9P4EhQNIdHGEWbjyxRHwLXe/f7V1rWzm/6V1LjyrR984EEyEZdYDY7IloXKdm2HdCbLAcwnFCKh7Gma9WBY4Z7O75cA8DDVlNQxWFCoKFs325Ge5iRJaha0L5pXEoKkJlS+FERxuK8uoMlsA0sqaopK9CTaQau/mmu5d5pDZGmX6fuVfFjnV5HS4Sdc2cJYf6eRu8UrDB38M5jOIulCyvKK+Hai3m598GQ8iX+khBcQ8jDqzEF59EMkmdWpfejAImxBsKqOE2g+JmJJzkcg8pzgCVtKm9DcMcQgjvuIbiueY4Gefv0xKvHFpfH2qNnEoJjj6WfsNqZWJvL813h08523CvC6PLrIgQHtFLPExqCg8kOdaliritOB6dYmxDsBW1YYMnmiCdajTlbonE1mUo7OC9Wb5dkoF1aJQeD87P+EmjIsYiqk9A9GlopZLsHFBlqCKt1OYQA21nA4l4Ac01L7cAnbMNr0uh2IUaFg0OfOM9Qz/eb+u6j86xpmd2di1NSKk0uN290dm0yLNT3Kz3i1b3j49CuWaRaekdTm41QF/vQ8ua5RzafX+chuCtUCO4oITg24JuE4OR9T+nC1gmTgpQRc9vmA3vI64qDFj+23U2bIptzC3bu6wC34dh6nlI+Km9sBdNv/y0fpjTk9Nl80/ooEuCdtEXAz/jtI9akPq93EuBiS0Y+NBkJJMzI4UHxabg0Op2z7/vl3djZp6aV4CH9EH27KTJsgyN3GggCZT3uuJo2jDUZLN8gqPQlMTNsHQXA1aG/ZzRm6x9/2Wjn+J5Tfc32Ez+me6K+XkRTt339vBAcdg6XNHf9okJwRw3BfWr2ima4uXNVBBUT17OzPPnqPbmY9/kREdL8EGNkgerIpey8nOukiaeG3sHGgwucfXxZoEWPGiJDEdPXgnrDhwIZSkiGGAE88Z4ckS7r6i5wWhnP32zh2zbH857mu7ZUKNlKD7ZJ6XGfSoZwh0ZVcoq+/woVom2U0e4PodIPFpYJIMbYf957nB9eCZtuT5TCHYjapA0CWJscMx54jkIj1qkG3k46+TFhY4rdQtfMD2+2tW8Wj8H8eYFmlHteIGSWgsVsBVV5IqYpfnghM0KfjGe2ncLa8z6UsMT9QwRkTaYcw2zg1k8GKpzIKWmA+x1mohETDYTg+Kbr5zaa6ASE4OYyWRPoLcf49ttkIk4b7ES+ZXJtb7/IEJwJYUk87Tb+iA3BYKps3Vwey9d9C+pNpOacP1l6lkXgYZbr8YX2P8mbWOUeZ3LzMWdnDs0zy301oCdZ6/eECjEA7Zw9aJV9r40KXnqHdWidaniYNrz6MeoCi90fcwjuNibaISbabsVxHZuooJS/BYa6X0QI7iX7I8U95V2aEF6Qj+WGj8/jxa7BaeNJVDc36Qo5PdnAhGr+ADlfXNz4I+JjNawQyfJOj/hQ4A27Kg4/NEch2pYt//UlCRQHx9WZc57fYqUSYOYK+3RzfUscteLQk8YTkCfMowGHN6AkXhhGd/uMlf7s8dAWW+GDqcsnWw7R85YeOG4hOHaQJ7Y9erKzPDe9SIHXrm2Evw5CcFc4Y4pjCMGd0BDc4kNwa1/Kvm3hXbY7BACHsDzcPuvgDxVeSOsuBMvgH4cQ3A1/X0QIbgWz72rDr20IYYeEAPDQlLcKYRtD2AkssxNC2OEh3CqEnSTkVoraZg3I3NTZwHBel+Bu7l3vhyT7ZYHN2bClFTvhZw6d9O1gxYm/oaXi1VZmu10hcO0o/NuGud05IbDH8jVbsAa3PrLxqqckudrOEAAzCcYUJtEkmuTHAmOtbjXOdLyalWEmhT7mj9Nn72TtenJmQFbClDbMbPYS7QgApMeTJghBq3JxDqWJqlqdJh2pl+1Qm+GGV81f1GB4Dctt1GLeMPrDP7e8I97AGnJslBOtR7tLw7XTq8lZSh2eHO++q00zQkGsiHxs81jbkkLO9vVbOsGaCG3j3DlbyzNoODRhvAHBTFdci0LAl8CwkgwtLbefEhhQOoPxwwutE8agv1fK4Cfy5soANrvjnH3uOvnp39pkAb4HtbJF7LsmBelO3qG6mma6kCnUBceQD4FDTsJm7TrwuCAZiq6GY1hioFdUHf7Kq9C+naNNVpX7o3lrX5j2U5XWJqjW8z2yTP9i7GZ4LV+UCSaZHas1VZvfkOEAoxKDPwzdY0/BMKZK21ZRBubLsukCq5v3wUpO8CkU2Va/KGs6izP1sVlc95NEEIDfGRBmiGYDE+dNtWaF6VszK0oDnXrOYrh26IRmgvQgTrxX2AE4viG+KYO/nbUD+gOvJQJO5w0RjR2DaZLkMQI7EgdJgu/S0VMDryUErkxl/VNa6Q2m/Gi89qT69Mkx2JNBiT2fFxlfoSXD4z9nmjdQfX71SGW/O1TCReAOj7Js/m7foAeaZxN5pQ9yWXOoK6IdHEL2/6WiP7vUVnNtV4j+8MUk5yLTITiVkP3fNy58itPQGMvhbYZE5nR2ToNeFzx7KpJsx5tHcCtKC5zPK7gWijLC3bs8Q04fK2wQZSRb3Nb99FPxhnBJStQtCXntQqZqN0nQO10rte/jCRrjLqsq68b2wL0lWS2l+cpnNSf02RkiMQFNiBXEFwsxW4QrE4ZFC/tlcr8iZEjtWihTM7/EfkpEOzZf1ZqOqmwlcb7xbehJgvPAIdKd9WqGUJRUrxlA9X/LDDF06nEOZOJNBKYxknNEkWEy8yqpc8CxFDvziGL9jJ11ioTVq4nLwZhKrjilJFliIabzPus/+8TDoGaIlKh4tg8qa4+NOSDvm/FOZTvthZu3eLCADrdXs/ENzpaqd7u5gpGod5ECBMa38IOgKE+iKp2IzG3Tc05Wb8e8ewF+vpXhKerbnaqv2bBF4qY9piNWTACc4aboHULvtraqg4xBvGH8mSUWGo9Pisb5QRtwPhiOng40TAD6fNE1FiWgO8rIJ6ohPW8HqXHamF8ROG29b5/vP3mi0bnhKFrOyvR2zlG1qqY4oi78pgCelsIiPPVR4xehZ/APhVjyGYeB6xweAcBEjCRGwIls1ajAZ8adVkwVVYvNoHiVhE5S2JsgssZbldVXKFonB27FcxuHTHr5/FrxiNoWqBLbSiCucGs/dfW3Vj0lty2TRiFEczjKSy3OXMbjKwHSxnHDWFx3ygkx5jrAGqVjBPnMqwOSnF69I8njQLQxyTpnnXhnD6i2J1ShCALCO/uuGJAZPwzfgrLNdEy4Upv3q6Gmf8GSVxZi3KIiz9pBB2JDgBd3RIRDLBQA4OYMk27gGnTSW718xIAWe/liofmb2+1fd+QFRir/SF3ZkmaSQ2n15lMawNzH/7YxukwVmxQ458KYck6GGyOqhZyErglnkTWrCAN7AZyeLGo4wWe5HV4aQOlKari0yPUHDqWRFiNGd4GcBmBiTsPm8g+x7N1P/G5MkhjGjRsdj+GDBzZj8aKd6b27HLn4RyA7XezYcxnUyKUP83prTKUhKWrhCbKiLwzSyMZ/b5T3AjlT3XI3ozB1a4yU4iWZXcpNGtWc/9f0/31dTQlZT0z3yKZYkBJLHf/eUFFrvSlImRy9dwWUC3NLEBpGIOSIPPGwmqPK6lsdU1qTyKRszd5hECEqhKkUhi8jTqqoWk8eTyu0WoKUkZ6rS/11zgjjvNyqgFqv30XqSHcoQNxTiYcKK9DTLy82frcPfWRH7RMDl/0MYuD5Y4nShKUFA5nXgFYAXBJxPH0dcjnezf5Jy6QHfaoSGbWrIDSgDbHxCEm8NB7cviPk0Fa4PFvW0l7MM9b8z2kEA1NnJhIatumXAE3VIeKFiurvJpph0gIR3MDN67EVPgVcI0bSnwFuAPnesrMgb6c64sCjExK1lWgw5N7UfZFuXtLsGxS/g7RBWsNvmFgEIkdpKToyhN/8itcQBspvoEKbe8u73Lynqw884ePUuA56ROjFbcFtWh/9DDAwr9QjIIb+TBqmCpgRYEb/q8cGQLDiiaPPDU/sapzY5RFA90YgbAsvEdy1Atr3hffc8nXUqNtJVHziMzWg+Sko/Sv4ghW7zfmytwhQVCnfGI/9TtCqa8N4MmZILZMfTKCNMGKKykFLTaFrXOckyA1mKlD83TANE/Xo2g6GLHDrS54R789UPBkTAALUcf+GQZj1gRhyj14N8xa5c/mKBpioWyamiwpmRv9b/eboomSWMRpEeBqbP6fjlV/8G0qjyBpm1SlwWSp2esZBqzh6yi+cglMHAzJHuwGUDib5/HOVQX1+cBA9AAyMIM8T3w9ZBUb/P1JgEk+er4C2ZtJHR1nzldhocLXAaRRbqHzEmV2s3R7Q1r2W6AZXz1IVA4U2KJjl0cyHUQtIJ7BMbfxjiF7QMhUmFlELEEcwcgtEV7I8DYHrE1Ga0dfQVB2ZQAXBPwUqPovXq6Uww8PZvg1nIQrpap9bUUfXz0gYaCEMdSyF6RA0p9KqaSYU816ZLamNjKN+IF63gaSh0KCSG1oU9/KfZk9XUGmu0YQkjYPHUFd/zMkAODNWqHeo2NEasK0ZlJlV8CqnBaqsUgWVolhM4XUVFTUeU9qr5oGAl2tW+NxhjbbAjtaqsq4Mu6aF9wnQ4kyIxBT47DOowMYyvLYYAFZ8HA3F82j1CkoGl4BzDijr7llGrKpSxNMOJBd067VRpwx2u+rM+SLEkNgDNOQ7EZF0l6sf2gRn0L7u3mjA9uTk7NP95NhBAKtjr0+H3y2LK6lwpxE0DOTO6Bxk/BOiIOtl5oPwnQxlqHPNeRqeSJSQDYwxUZapaumResVO3roywBd5GFJBbsG74t90Ekhz/jQ+YnMdfoEGBID3tdC7TABJG0sdpxkr1dckj8uzUQ2VlT45QvHGns5sVmP5ARgqhrLWgFKBg2ls5DUCdUvrblEzfYNwdam4cW6ytgPZqYVaajdMmom+ulYGFLQnlMxINY46nU5qo0V41/q2aqefMQMUoiNVvxiUqzqoo+6Gdpm2FASYFiWard+7bU1SBHOktRYAAzgiDUnhIddHz7pl2gxM1zwlEDVPGeGBoNWmmAEV8xab19WYXkI2z1HjLb+ajxYFGcon58UwdPOH9Lv5GgD9lDTafqkYZfb+j2XBRm9pggmR3BgBPMMRaHSw4BoKitoXHPqcyc8LpIEjXFjM/kINdaqwzwQJ22JTg7WhXxZzRulS+KA7JGh1OG+Ij6YvH63r08L70gwx1Hphq4p3pRQzwjzcvOEuEaJYeiPlGk5gjPyzaK8gGcW769mgXpQrKXwoS62mH7vcbeVHojXhA6MsENgC7zEQKu/a6/j12E6C2OfZJ4XePbJhlbXfTwOAxJLYSJdPoWoGwTfvhaNlcmX0MqdN0siqK7dNVg+rqT4wZwMAFYdlDpp5e/VbAyEtfAQFmUGG4YIqysMhX8VkQI4+tqVh0gKDts6MgaB6EN7TTUyMmzTZ5IjUz+pRqQMiR71sa0hbPi4x5iB+obS18S+QjY5JAURllXTy73gRx1Zv5yJi935QM5JHjWqBxFrvhLg1m5YfbVyuijPezyXCkl0DkmCiSdJ1F8E8gTuTXdPjobchRcdDz/FhVf9BADwn1cwpx3GCoeJQQKpOy2QDl14yT9NiTJ8zdnBWUIpUZ7pf1flfGpBUo4HMiG6GaZ5z/aYFPuasp8AK5+jY3pf3fYLJBdGLsKzCP/lnSRTnq4Vw3/XTowLFvkReiIF8Yi2jzC52d4Ivwm2PRtdQjxksK2scVaMTjTR8v1no8x6Zpza7jVu/kkshyg68mTHKD5UfVtt9rJEThRqdc2Vy68YXBWnmcs4IrnxMBTfLa60VD228JKB6cxlQT8M69V0DykeB7UoMfDWfzGiM4czuHwV6rJv8cklhYsu8COGiKWj5N1MdRlrr7Q6YDxaFGQcaeJBkBsKOShZx/4hdC3a9RK/3+ysKg0reHLyN4tCYuUrqpqWjXnMvrOi9sE9QgVxp0ikB0Dd8MEQiDS/9ax4J4mYAZXECEZcVMsflFXUrrv0sJVfbmJI3dOF2IEUVsOQ+a2J3InAczw/T14j3BcSbYTUuStOGzVEVBcoFpf72rehtKNvMq2WqjN88ggnB6EFgxH751uKzg/hbz5N1BN1t/CUoqIr2fOOEIapTcq+aA0vqBpiY2rj4LjaU/Yqqa/bGH7vMKIBx+PGIA93vQQ97VH04PO5Jb8PlWzl0jBd4RRKANgY/jbCHDTcUk17Ddb+TpVD87Eh9KGbQe6923PMDNR5jozlk93MBXlzTBQY7mu9LZNIYmJRZ77Tc8tYRQOu1HVEG76ZLUPsxpokJfB5ap3UcSUSp03ldF7rQfHwuatASbFLk1wt3IKjk19gNVvs3G9mr7dG4LFH77OfygxMJv5LMerb0b3sIJWyxMe/pygMbxsfc2a+uPbWk1XXLeCcRCHecdRQ978apUcrirzHpgst7dVdg4LGffxxw0N8FYGh3KdAJ0dCXRvdYVdMyfL6vRvwhzACLmMMGSFe3H8VutY5y7YTluu60i7r51CpzanMBTyAPJ7BprX78Kk6XtbhGbqyf0O+nwygopv25S47V6tjvqs/W9zKkdNAuWBpYkw+bCqd6hErW6GjKdY0w5p6psDyhZkZKR59hxFtVnmeMqACeuAae2u/mqucHDTrksCNKf0gPOZpTWQFUEEZr2yhgUq3WKxcw4SuNXAJ//w/8NUZPDS4U/kMaV527T00d+8cjoNaWF+Fqsr+iIjy+4K7nfn/jOC6vamUPEZdbuwILt/pFy/yhH1OsrBiXLy5ADuAifkUjzb+zooMS8+jGQYeH1ue/hDsCcOn2RQhMhmiSjAuVy5JI1MjG8CFJllnGQTZTftZbLpr8tfFr58jA3YG8VmP+Qmya4yqVcxwvhW3uGcw+W1U58trwKxTeFjwWKh4ydHc/UPeSB7z6J8Utfaw6NcNQG9FZThTNUI+f/eJbusPe+c3vfsoH5wDbhsSk8yxq+wIHe3pn3xj5FJ4Vp3bsx5GIcwIGx/CMhczU/H/JL0RnqDREvQxbgnHbHurKR6f9qQj2YT2TPhx9fs5/YhUEqMS66udEQFOGBpHrJzfojYvAazKrFitgVMog8aGGX7xKXeZh4kflPGR5TnwpyW7n/e4DQIvEneQ9FBYLYwDg+VH/nd/VZSbObwbApUY+7VhyqXxo2vdF+1Xmxs8C3MGLWEFe3++1i27dd+OBLLxaslQYz/nyhIEiNcLww6zxOeZKtUMEXf1TpGdrOMtsSnqqz6xkkbHfn2BcokLBhXx3LAe18ZcrgQ+KWwc1HP0vv073/Yv1OxL0Drcx/9EEwrfuYGTr8P38mAAt3Ec8zHnz69Hrn7NGfsJOdmGXdt9mfnIYF252d7tmN9uNqAEJunAETLbU4HpYiXePa4QqKhRxcxBTyz4Xa/GIw6sFLfSt6x9oBq4ncMTl0xB8Ow8ptlZc0ZbiVeyq5FHo8Qm0AKejI96ggeXgWPOW4dCIb62HRd/yqethkZLeL5xKLChg72QwQh/7Pixm+eTvKVAO/DCXD/d5aM2gcMuFMrkgdngKyTsKZUARr7ssY7DroJkVCp+mMX+Jm/t/nxnFkUElTHWYfMhSkE7VrQY5qQ1NkKgcyzWTlAM1jVkRHtWjC1g0WxQ+oJqDxJ5O0gk6FVJoHLTwN3L+HzoDbUzEPxhYZlJF/QViA58ZtaCEWmuyR1GCt4iFXcXCbp0WBSfc1dDCUYHX3MKudha2NdVHyKQh448Rx4ZOQZAjEte3pN2poingn2QaHogASAynDCYK/8Gna6jvHT5elL95KbYo/C37hQQC/CEQK9+14FzEGMVROe2LucpKLmFQxgKD0uFhyOJ5sXZzIqulCOkm1Hgm3dgck7AR4fmDs9DOhDibY0hKijyJVHx9cja6X6LHvIV/3m/fQ52w+0HxGsMw93O7P/aCYZeAvU4ZGQfg5BqqoKNEny3rZvA9i0IzLasDTMf9wKA/K7S1BAakpihmIjcZdRiANFp7mTbAk6MYqdMOQPOO8FlJPNTiSnkNaC3+ToV4hPtSdfyM9d5/a/fnI3onO/8iVZogGtlVlVRz9elCkNxlxxZSX1TFyry/7hyCMJVxC9m5Ed0pBd8jXs6TjVuGGw8tBO+No4Wy3LMRwpyhXMJj0bNZehGi0bs8BuLzu/QkYIu29gTAGnWFklrInLqPyIYv3c6To97O4h7WOl/+4xss3EtEg/U8LKKxznuEc8HBggysKDWqDcinIQIyB4rSoNHABLx4/BAhargkXFLWmzgYgvsfGtCSVSlxClpAZI9YAOD9LVnRh4/LFmBE5I8VFII+PyC6OXLEHUzGSx9hdmpqJ0aImjOe2UpRRkluJxRll9E6ORNdgcqEJEktAOyIcPotIdiGKYgQXoz7vzrXS272dpiFg+NGB89D7CgvI+l4A4Q7X3lRHhmartkyosyId9ebBUpVU233IEjnLQE+Vwol1VaK4ljYgDs3A1SWqCQOV5HFrt6/AuW+WZPJDQ23fd4qGwgwgfrKVl0Oe0lZ0orAyD/cj1Y11D0hB5B/FollXu9qQzqQ/EAlHHL2ssIRwml/nOuY3JpfM29sH6UjLDApQA6lG8YwxzwigrOMdoRBxC4hp0KqieOz4+73kQn/C90NbWyO3oREyit1OARIKoIAoQfhRh/Lg2bzvUExJ90zEGEjthyXQvvvOG9UJYDdkTxaElsQWoiqM6ik0e9ous+s/pwZDAMARegpKcwYwNWdCUFTiH3+uSTGbjsPYQ1cJoo8VjsZ6ftxFlkaC4/9JK3+S/wJAPKA8ClxnDJSHB49yObN0fe4Z0OBbKxzHs+kexlHDTXCtH81uC3Rx24tULSziovwINXKslZfosNFAaXohpbKGP6Be4KL3lgVaFOez0rhtzBI95OrJJQWEEgk8lfXiFHWdXnprPLaO29llAOqsObQ3Pk2f8+5CjtrCEWC2FUphiIiOmrp8jo3DHL5t/HoJLXuzmsOPZ1f2r96xWF0XwNYsuZAnHoRu1HSGWnHstRKqur8MjeEzH6vPq4BuEZgrwgdmtd0bgjdBV43YSw4Yi2PJo5YDi0ERIoxayouoUJNmrdTrI/aiFVQ7sEfr3M65If+6jg6PbEcJW4vzf/xKSjx+Kmumo/DJ6ri8LFFcc3GntUb2ja5Ye70jZK9c/RmxoIUZihL9FVmUt9UNczOiU8jP6Jqq7OTEmMTAd+BWcdU2rhQT+Q6QcDEIDWeG3eo8fSQX73XXLMgUJGuOoO6t/KZGMEp7bBwAEolVbhKHdtuJ/8qOPVnCmfefJk9F4WPCjzfCVnzwlqx7exIzUIoik3p7EDNI25wG+OVMCjOjD0hb0kYePh+ixqlRe8aOGPhxMmDwehBfavdMEyF5Q7ZDWMY53ystX2oTPE3HyJVnHWQHbK04r3VyYtnDTwYNTeherguZorQg7HxwvMI5ivuipkf5TR2dpVyptrOF+k++uPWtu46z/nm4vhyFdLT+f+ANj5dpH+cC1vqY6YnhouZsNGZMLn6F2JtOYCoZ1uK9ptuJpoxKcFPBgk1auqPn/2k/LqCP3/s+X548EfBqSAyBVhp1Ia3wMSyfiogK6D9SLjfu/FU7GJpOPk+4SwfGZVmtIssE4uQRv8f7/iQla5ZsIo65jdasIko09dEGLPzO+ou1GBUcFHv/vEFWHwJhmi3eKOamHlyl7HLPU9R4H1IAB5IMyqzJulyyTKNkK5Vgl+ZBiD7cGW7qVkIvKKHW120Dc3dodg0l5bgIqoZnXJXWZcVLSYBMDKllxyunUa2G9ymuSuIne8yeFnXnH1PHA0IVtQ6ri4+rPUxRPSvhZUNw7rHdY2oWLKcEZFg8tr+AJ1y+G/2uS4Xi8asSAZIjB5jPDwTzPTzpYUya5uVycFKCDPoFTNTgWMIj2HZyVugFaW6YStZY70/2wC8USamkuzRzmNxzg4stKuaRaRhW5kwpNDGEiPjgg6r7V7tmgVVgkvRAQA7qWZaYcH2jxvnGrLTgwmoUl1C6tD540DhDWZR+oPbp3j34328Ap5uhSPD3dMKFxNhUJ90fAvBSWlAiFCZ1OTqviUYUekYPLm78DwgebH4AKwXbBQzR9On1iFVxtzGd1uHGFHYO4C/YEVD/DwTYhMkiAVRCk1cXezZXvMqvDMmVYR/eqS2WFhyxITvSP2gEBxUVIpVLsLTu9PynhFALSRiW3oR6W3Nu+hD8hJ4V6UQWTSqYyV6OvLzZsRKzuZSLNXFL94fKoGNkUTVV3hkLRR3OKgGUco1pQd/fh+0z46cej4di7X2JM0AdkjKZM/z+OxgYmpj/QRdqdRmKo/O0gOVfOcU/uN5sdKbgcWPkc55pxIP1kpPtuWJdn1t+mzB7eWM1BJXppc9NIAzm9XyZPQl2133QfFvRIdmNze0ZSsqkPfJU7DXMymlmvtjAjElYyMlF40F8T1oyf6uBM6W6EnVthI+bBtDQvJUvlUOH79G2e7MVF84R9cUKpyAqzV9CBmjM3vwsm5hdBYP6JHAfTvCjA+p3HmFtXj8TKdxmWoZ5iyLtzVHoBfbMjRziGZOOF6pXCNG38evx5JHDd2IY4yjkb3vOyqqHc6NwXTQy2wqmexPUXFOCr8uDltFab2N4P2U7l3jZsf6rnCI8dUGy51LkEu045YMvybo69qtEsBHBrMughUgrBoTaXAoUggP05cWaSlMya5mgIS56W9Vno3GK2SqWSGBIr1r4YX76bhJNdw8mR3PEOOldWf84YPjD+ASmf2Jco0KzeNYQdaceHuJJ0SP2G7UExiUf8Kduma/T1gjwq7cOV51sP5kxpGKX6dQYTqUP6GQDCHhFAYOOX3CCLv8c0G7H8tC5hnBpp+nDk4+HtWgWyf+cIjaKsDZp6pmulWY1FaT8PBBvY5fCIU//f7DIR5SCNYJqu2Wgndwi0uGeK2bSOPDykfhW0c4qkCdESJko4qbRrCO9MMPF5/2q+xMZLvS54Z4+huh1dh47w/d8wnJmxh2KbHDPsTZkvj6GDCqCbdLiGUd7UKZELEAdjmyP1yJqemnPnMY05N7r+3ar1K4XkBp7gF/ztwYG/ic2TRqWKE7QfhHY35Sx5pLnfDMKBlJ6yd3h9WXUNzkf77QLM4mbZ2oXzYhdq5sVpy69C8LUXiP20nX8SpcajHoJTpJAeeBWElVlBqBeIoVMRZyI4UH1DvFkU9L3+BjBAfNoSPaGqU47MVB4JoeHQsrkmzDxv7BmRJBgDMnzzbg6bRxoqJPVSu94i8Z6aEjtFMjJA927zbuoAZlovxiYSoatCium1SQjAvHbZUS8SV006Y9HL0VAHlr6BbY1I9jDHUVpIdzaCkUiXoXC4KKjjzxqB2JlEQjD2DDqy3NYI7xvF1hXgWMBZC6/qEb/zR5Aue3b5Z7IVlusoN+rNze3zxBkBiaPrHeZUL8+2YkJBDxE2zaWSO8Taop+KKHM0zxth8+6xf4RhYqLcvBkXPB4WsGqarg9Bl1aXfjg7y0nL8mLQkD6naweUxMNWJJJyUr32Fwd6dTVyoNI/NmFvGwk9zcBg/6twAYbwkIOLgGeRuMeLaTFyYde9LkU3/SU6b5D2vTjvF+/QZpOFvwYIXXsgCz3hF5ByGxwLGFRZ4gvFy1CL/X4o/k783U/oXf8nM2TxLH36cKIHtDxoGvYnMUtv6w/JnuG6vYjwzeNkRYNwXHuC4/GhUBnuGzLre+Y6295EQK3ulTM56sSa8aS5QSCxhPY5lVuRPX1nXZFS1hbSDOz+kZ8U0AixBwG2GxHAK8Qt7G1xRZcsJQ4ok1dYDtMd/BbFyPDXkBPMpwlmZYuzjR4nEygi/gyftDzLrhfOijxGmBr17HsUx4+JnuMVFSQMC9hoxSBdGmuSqJPcfowqZY/GRg34Dh5/t0wSyBRvzpWZ7h95Zze4P/fBBNCzveQZ7tOSajfxnj8VRKUDAMjowh5KqU1weX+HEICcJKFQSqhMlzUyMM1TsMjhoAE59mzy1/b1DXSW8po5uEDi2o8IuXN8p0Hrd7FwPkSq9UTvesNNteEHa3GuucqwCE3xeZEYZKGyjvrnc+eBPTUzggoWZfjCVGJf9BL82MikMatEOF0DVzPsHWxLIkqkEhFuyzMdIbDOs5GVj7Y1v3H0NLzezJY65DHKkGLKZQZPfXF1IqgDvYc2uwdvEnzEX9szrPXVTsMDNpRadxA7S+EAh3MskUVtSlajFxK/nMpC1L+dQTgrp79wbycEstgduNjU8Rktr5nsqXd+l230BasgMaINujjcbhVLuEDtrbw0P/ukNHtwUGfJUaA0Sm7ZGxoxqR5h++0IAXu7ofsWaqXWT9/s4sNs6wdBZOAsnHeilxxo29cefvGeCJmGdDjJUWgJ5IEH4T8mXQ8rsrW1x6+ZVGbcjmrYCud5di0Ib5fUGNY9ZBwNMtN+/FKNeWbljtjWCIRPMtAcsP86Sr7c18VQiAvwd7iww+iVPK94KYOiCXWeJ5lgmu6xBufWpFpCqGTsJLscnsUj9Z0T6Fee1xAW4mCNUu1P3FFFWJx96YrpAFM5lxXVZ5uJjnMpSeBvQBQZjedDwumRvqG5KlIm5KS0v5j4bCNCUfxm4l8bqQ4hpbSz0T8eBZB1wPZD0Ff4H8QCGlMxxoJNInTGDV+wY4gINZ7uDQEEsdZW4w+/30VseEeQXRXrb3wJgfIkswZqqCWeVaSYetgRw+HdoBc3D9+ChPfXalzUV/64C8DBs7mVK/oYEHdY+GCONNDCRC+a4+E603ZWM88fsRv4Z44DoWA5JAeAeiLx+ge+TRuwNkx1dx5AV8XsURa7z172O4xxDnlf3odhqA2gpruQFvhTXgrHSgPeCqdpZrojecp+gNsSre2SR3qiGFLTjd9mS5uCrB85SwoAqgWgtwZIj7ZGMCVOc4YdvgLoDr8PIgvt+YQyrXUdE4KMjSAesg2RFu3/wRDXOe0Y4XDWSi4ytdreyJJhKlYapM0ORIkpO9yubYt9unMVmIIfu/oUgxRLwMX9JLAq6Koc8qV3ojq5EGnfzJNR74ycrB4LqhrwWtnRLD7IoGApk1qRkh42wqzyks0+fHmfhMGCehUe1Xi7iP1uE/kis7GsrlX8YPHU/N/osqm5M2cvnR/qfJhH01TEEHA6arE3BxbvM8+9zSG0n4ChGE593CiNe6vJNUiFTrJvvz1E6nxABIzgU1ZNy5NiHMcvFKpYprzS7zeuUNCWAS1maufCxJQcdnX+BWp6ZTw4RGdpMGPWo8ItEYrZBkY5Q2xmqn+dCmF6N2hH9qB5oeY3Kt/bocz4Tq6WbOiKH5mYaF7IKXwFURCveX/MFRrXEduKmxhNZokrIVUvYl/aZd7hCmbIs9PHCFqw6hP38T2JvaSzBR0jFernDfDZAuvLlCA4mZkjfi9EnGR5k48uo8o+61s6cBfJ64J9Xh13Co6DXpfs0jz6nQZ5MToB9kd0Szkqba89LexETzqdBt+e2YrsOEq7LMkNQTSbgEv2rt3OKGKGMCXvVnStCipF2mxC2x4X0JbLJZ5skvoD2nx3Vv/vqTnN6TeIyQMW4mc9qhCqS6kmLtBF+JAKX6U0RDDV2l98W9ceUAvMRsDnTW9mrdNOMdlBxfzB2ppS6SjOaqxkq8314x8HzlUikHnJXvzz4gwJZAGs2eFsxz7IX3ggUwbBqEBT8pNyBZ021rgJyMmYKgUIhS6S1xdUF8KDgV3bwAHv+BIGEYjWqLOls/BQL8DG6YQWnEkrHy6RcbZ0ttrgS2PDqjlEe/8wtCIz5egnQq+GyakElb4+VN25iViZT0yvopMb42Zb4bhCLUctkYKekHpN7sCfj+Zv5ictRGPiD87PDvs+LDr/yjxjmTtzaqQMWvLE78+s8WOX0DIGr7fKSx0SsFbAJM+9tODMUgBtVIbjOwAfVYjF88+dM/hvtKsNUvRvHpb39DrOXK386UAfL98WlK0lDfR12eYwvu+5GAdr9//TTviJZ3uH5umrjuoyPMvtlHyg/wfhpeP8Hd56LUH53NN3U0rPrjBL1f/3o5Jw2I92s3k+5s5Xcswale1UfuNHTdU86Sxh7ulniImftCLEgXeZi6IWgjd51ZSCigULCWXA0D6Yv8Zs5IfbT5gX9iL4Gvn/y2f9K89Pw62jILXb/PwOHP4u8lc/C49bOyXcfuliOuv3Xo6odBmwuEwP+7XD/5vluKJXUNe/9zWj+B9bdHOATurkesGr7sVGTl2hNf440pycIVVcyiIBQ+Ak3NVBz9DHIXJLHkKpQy7E4s2OojNcRunapUzohG3ElMTkGQUquJd68RGX750U55YO04xAk8IbT3MwcVp46CmH/BcA+/bdFb1iZ9C7/zLrJt4nSGm3mtPOEf26Q+OLrNTOTNsjZorqdAaoiGZez2yZuDRgRP+mVMUHjFyHGgE2/sUPPk8idGZ92C6bPDSiYXXZxMyCxMkQ3oaPsQy5U3SZf4G780UCxb+LuJ3XHEcMx4Zmn2F1BHX5zjxjmTeOYEK+J03eUfa4kPjqjbiG97F9v+druwM1zINXhc74z3vSay3DfTF8AhYV3cdMhzcWTKnsLg8LSGpBAon4mQvoF48mrKb5NXbkGgLTTVjRwSmxQOajsmN1UxDuBU4j8fwHvrmmo5Y4Yg4yf5i3Yp3Mugysrd6QP1OSNGjgXjn9xUVv8xmttd2jiW/CoQEO6BPwymnGv7VOhJGLjhqhqwarTsZWmJ8yRN1WlcNylKlEaAq9HJ434px7JiQyBARtyKfxoXG8rwuTXhVbljFupAg2mDK9DsppcDBaeKl1mlwtNL/3GFseWzcya+VeauyecZE8DuuWdivL1DMnHFTKrIzQiCLc1T6Xj4MrAmExhkQhP6jglZss1Km8khuP9JntGgXPQwkuc55slXQHyYCIlQKnGPixkUplCR4nlNokQpwcVlUALJcc1yUiIytQ/maRe5K27H91KbmDl5JbmuicAR38AsBaGnNr5QVcA8J1WDUqNWHYGIcmwxUj92viLzGtvXDZyrCo2zyVAUmtDSrIVQr+hSplXby4zIvPl2HYTvTlAqVC6lLg1nkadbj0p7DYRKUNg+4gb7CTFPgwHbYIuocTEzSGEIaviokauSqfJGDpZi23UG1wAGwNZb6vR6ONQ7XO99oE4KL20mNIO5KofRAIh2o8ZS6Wk/IyLjpBp81qDfajc5kdgBM+GjTz7rT7849/qt5ivUN2nOZr4/9/4x/fHhUC6H+Vl6zC+jxQNipH4P+o+p9PdNVEP9pU6OVxQb+cZNmjINyuNUMP/MmPUqzYEUK4wtIekF28SyoFLjFx7naNTAtzThhbPgAUXa8CMABbW5CCEMdz4lctqk+chFHrZEFwWIzD2LkZ4loPYc80a+FMWoaDlKsWSiM9hAGwE4K5KECXDHo/rMbQSzEvHgyYPxwwuC2ly0AOCOQm8zRDk5edaQgUw4T5fMWqSH/YzW4ZD18PaD24BzNzKrPG3QpB376TC0bELGk9/NqKy9mz2Fra1wRzPfWcUv1FO/DTX0M0ioQwyPO2Zl6CObVgUvpnBOdiBsJDraiRf35y29EYcO6AhH7WMPYqbLclcobaLUhL3ohDCTEpt7sSNG++6jK+47EnjWQfRAPCufIop342H0wreOIj12/4Y1/NjFr2NIPY/DIXXigxPj9mPchzUnkcgp8GnokUk0EoY9Q1L6yRjAPIYYbfG0jHMTTNnajE7hVmSOBZbkRFEsa4U9NTbsnNrWWD6TzwYwXLacBcwMO60dKQdNjYSp1HIA5hxxmoBzKKE71+RTyRnKokfCBTiuuHEzlLTsqlDzomKHaruT+bfPd47zXIAOMCR8lR4WcclSmgcPPAnHdC/4vBFgHh/AhC7ffaKCn/YX6QrB1iQoPAGwBeIlAMmZA8x7SlxeBMHIZa7gQsl3FfwC7EkutD8sTSqgljpgvIdGufcEcw3Kqt9D8NBhEAK25LdQUMcs7ydDaFIYzBMO+4sYpYovguqiOyQOFkUCw4RDkxSuQwv3ZKI0VucD5qbk2ihkNOlW+IY06Xbu5G7SJSwxJj1w80faghbdS9Pk9xOxC6py5nmQFR6GcpVMKPQoBSfe/seBExUcrmGIyb5SXWSQjU1xu1unVOIvA1d3repJaIlTv/Z/WIn37WDa7uNO4E94WhxPZDQpMerT9/EF5mGnACYpUuYtUrYYteQEwwllwW1KEiAHWV5xc/OKLhHF/FBtvCg/JJjyeUfjApfOvvjGhXMwN0WX++195//E30BNhXSXJwHUOJdnAyYcfa8JJm4i9d/mNV0fJGlZRE+DbcRSACzBe5nvjnngV2uDRz03+E8i2Vn5S3bhqUI6Y6ObvqfdrlYBtA3FXtEKRgvIrZvQ2RjNBoXNIMi0gOkuD/lCB4GJSEmCERWGXDfVMBUWk0iLjQB+wfGRbxR8JWXR3sh2zEevduJX5tcK+tHJlwpEmJhgafzcRuotY4iQ5N8Rj0CLbXb+uVL1J/OEN8maIPA7zyck9n74rwADs8RnCw3KFEB9w2siXW25y/shn510eUtEHcQdaA/TXqif6u7lM7WXWgpKCVFSza+Bmt+j0bBHdXizFHHn6vYoGxAyRxWTZqnc3qoS/pUH3Nn7z9zpz2tt2V+xAhJm6a3cn3AVBPgrWBcgYG+mXJm7W7U14yOzfiO1fkX1WME72g53dadZPPyqeu9tG+DFSs3Kp+V6XCWkT5lpBZaAKM+l5J9VC+XD4trFObFgYCMqZwSgCkZIUiGjAmyUiR8oKEBA2WA3WLM+jA2p9jEf532OX8yFE8HcTbFPgJniJ+ZXZLWfKDj/b2d4RPWirYsOEisptAIAC8hplbHeJV7euK1v4PWUJKdW4G6Y9GAfbt55795gqTU8WjWLjDQZH1rfYJncqdq6yDAl3wdoAwqJq19QqH2a4ucOcEoWBFzgH68VTZ7bBilJ1Ek6hx2QHH6yc8XhX3AqaiULjfKKBJrhUzzlRc6wpkgmJRKzo6drhbgkUBy/R64AYVooAFUptZxsMC6wQSnqWer8o0FhnknxKfelnkOVX61Glsnz52Ba6r2wSfrWJS6Q6ca3TeMihJBjd+/WrCErTmQJU8XY22lRolUEZ6obeFL9VvS2WXd+FWra5UeVO2zaRPdbjWldEPuqTseRU6zo0igz3joNxlNF3U1ut6CXSi0mfuUr+Ti+KjccfF4jD+4bn9tjZt8KgdL/1ncumrfyvG8PIPknF2oNQrwkFl6OJVMVECtV1fHPh0xhv8eX6sgswhMgg3eQXhyNKylL7cnNpxL4oFXIV2p4rvDZBnhiKhViTQkDcwTyF46jWosGvyB8hF4GzPdan0UnmvQrH5WC/TfzKnIvDS5Ss/zjGOTIIKc3gZLA5NQcN+My/dJsumOVBgq74dsrGhDB3MBC2yIiVU5swKRBHXi3IIvHiSERXQqsQLJDJcOiIMo9GUYsL5W/qvQ7CQmpZ0nZ7cFQGss8mEN4f+/3344DcuKOi7TBo0qg5PXYQrtovllTYG2M5sOcd34wZpJxmUiVuUfV7DfYXKvKCgl2Ki8kcwDHZOOeGVGJiBveQTfA/7OlOTbXsjkDgRLa59CBUpX39iO8ojJMDzf5GEBby/VWxZ3fIz29MAhiZWxqiG36pIpJMIkqFZZplGJi5VXlSf4s7E344lfhgPq/+d0f9mbiBUmva4w5EumhkcJ7yrRM8E3lcslnTDrlp7WL7sf1aI4UPR1K2s667Jg2PxXuWgDqTU0n+4Zqf8l1onV/Y7+s0ciaiDjakbQTtIfXyJ6EhFoQBal2RltT0Mxva/njf9wG+6iqPHroI9VqxwxnyphHmB76JGYERlrRDB9RpaK//nOJTkFG1Chwl8ySOwDLQfEG3ahDqHmlgzLMGYm0VllMKEd9Ms0lQdgaNUhgjBpMDe6W+VivfXChRrbNgXbOnOgcf0LEBXymWEc01zDsmWKoRErEpiu0Y2BsDPmHEmt1a2gcaxqpJyDaVy1rhA+GGIYlOGTPfB8bwq9ZocwCN2K5PIJmyVjouRY5N5InL8rxXGtoHywxARvMYveEZ4lRlMaBXrjUcJ1ljmcuZ2A9PCWWezddn4RFMc+eU46acjgK6Lkw5us/fd6JizpUJAtIQ0sjGCSVlw/epJbeVmOeR/A1DFy4bPUwiKrYd1V1PjIupleN6DJ+BsnbBnGxPCRfSjI29L5kyXNcI19QYa5dgknN0mNleMuNldjgkZT8G5Fk5eca6lDpeFboAmWo11/hezP1rXQnMlRADnFbmjJRWOV7f7gpUefAVqkYiCRZDb1GyDJkKHK7UPLc/K449NggspbuE5Dqbt79Oqu9DEOob8Qam6tE/qmezCFea+pPv5yDx6sZ5DcDMfJsjKAd0iMyFnaE+lNUD5t4sfcxdgXfZhEbQkyC+FOT/p+vYxM1k3kdDCN4PyULtk/bP0dKPG83/q3zv996k35K+3njcJzslF0Pzzj3VunQw2HiHbeZ9TxwAeuh334QmG15CWCBiouM5bKTWHP9YuedZOosXblGx3JfMxfWqe23WHguCUyyH0NdnxlzWLm+Z3wbXSw2uZFLUQ6Q0DyVY6TB2mWCq/vZeJ8C1wLZlqyciD1rAnT4zdji3Wzd3C1cDGTk0gieBfaFdshrYFkkjg5D42QXnF056m3yErbCpY3L0GAVkCIPZ6tzfdIort6owhhivJTLbDPfqz1uR6AD6Du9jH20NSL60ZDtvCZqaETYlai1aRSNjKiW3I4Rc78f/x6hOx/xONir8zwqzYroKSkkXiewcnZSvH+H994OPtcwsqAh7Z4E+RL40S3c4XvirJ0Bzs5z2w/RVyvxOzQ0Iq0I15Pr6vhfP0OWGgFXywoAgXdgrg8I5SzJtn0Kyh7KdRfYgIhYpfKbtCYigE1YAidDmK3FqI1cs/6QQVS7AfQNnNHwCa7O+IFd7yNXTQloWbH+9H64SIrfAwTrztMWc5485TYsqafYAzWnAloh2nJU2bsD3et2jjQ1AZA3uT8iaWEc1GnDvDK1XB2L2hUcuNiqVE9iWEyyGzJ0eBrZzsDFAz0sqQakQE9eMRyWrRdoChHt/7dBJjHeJMjt3CPEoZPhTkTcMSWdhavlMHRhTMDMH0orceDAWTeObSVUm0/mnjx7x2Fy7RqMffEStk+X8gbGoY51qnMruBSHKtPMtVJp3EqtlPjGlibnO88a99LzHZ3r+UL57Fd88cxD/dg3X6h8zV+sWEAaLnWriSJk6VQwHuNH4FmveldqYqnTzKe+ZY1fabGvHKntXypnGSQBbQQT2LSpGShBlQM3XC7flV5t4gQEWoN7WsFlZtZBBgjFJfDs1zY5xmCrazu/W55hcN/07J4OTsODCUnpBDKhvM7k6E59Eg5yheLmRfliFVYCzs4JNEh6Rk6aRFRFSgeXmT+d9Ni+/IrHw1+vxI1K3Sy2zt+3ejt/JPG7CsxrkfY6C86dBkfpbsHcwxLdL+Uz5WogQXB5xR4WEcTBVCxAuUd97F7TmqiSJ7oxjW3wTU/KFzedlpO4sVKsxheZdWbXs5BYKEy+fo3QHqJ2J5qxm41xCtrYmqQml3PE+4yMjEkptrinYiu1SNOu+bTp5ZUWv1KZT/Cb4TObha/Mbk4FvCae3hIUmWcFI1Wuw6jPVl55yBxrPlSBm9PyovRP5llhIJgzw1YhrKgy2EMxIi4ctJOwFraoYHZSCVXxw5LKoE+v27KiSvRc5UrLmrLylJfylnZ0CQR9xLRk+kLW/1NRN2ReVpk8ZKqqLjR0/r/Sjlp8XjA10zPfaoNSOjEjvhmjKmjAnYlVV0LvTB2xHoTbhxCobwuyOn7BvIotNIJPkV5mdkHQi6C29SM6ep1HR6HGC0JbwOCjEpLKFbIDqkanIWzpWSXqUQRG+Ja7hjtpTLTp4DRpbi4YMQfp0PJWS621a08YkbJG4NM2HiCRPbBzSzejyg3gQU7+3hkJTVlAT4OOOkOjRa4UEd0PKUM9SleJI8R+3lhxdF/SXS2hPfXWV2WBjBFXmf4Ers0HzXupnnSYZzCA9tP6qXkNVV/lUpAZbqRRGvi4jXAHhK3eUN6zwM3HJwnhRG7eRcN16fcuX+YD/ueM6idGwlD8mAoQmLQ21ngKE8llb/ixT30I+NyXimG+Ft3XN0gH5bsB7DnzuHLCj+rLsPoZJ2BGIp11J7p2I/8kKr+C0/C7N3FPOn/KIbzmEFHJ9DepyeSkpjr6j+vKXE4epdsjMx1Zi2T2T8LB/BP1TGpJuwtmy6Kq5YlG7iDBUMuLFc+CGjVGIgGH/iUM21dDTYttcjXw0WCLU9QjBJ6EbS3+HvphwIJGaWZqs59PMYeD3AIhDrOImVnzXTqXchh2CMx8hiVVgTENSfGAFCLexbxXI1a+gP381Gx3Ide3LsPXkK5eT4ry4aWTohbz5j7AobyIpe0uwoWe6J4lXMSGkxSojTvLuIQTxGtYwUkI3JL3zCl/yuNVqydPZP5EfLbbV5Ru+3lSMISTwBIYf+VF9Bxay5uyjouRPVa+qR6epMbY1cob2MkbuRS8ie8HKNjMCodBJVu4ihMogZA2eO5t42k/2/gU/4V+KYnrSj1Oga5+fW5gB5+B+6oqFtPvKK4PM/Hl2V0sOi92cycWuy9UrzieYx935bmbRTd0DnB3Hj8MXx3iDIdzbGEAqZANCUbB0MDEKbA7wr1Nz+DYjdjjsMth1vRx3r9P/NTJWbTJnM2neABnah/eaY5zRginVUAN0rJvUGQNNBSURHe8kcaNliZimOqSNWaaX7w7YABUCQtBEUwaFn7KGiO6IeeVhqXY/nwzOPJB3uugKFppLXr+swywzugbJfW38bRhzmbT3tUDCJMMZLqNoGw961JOHRjq2gnFcSwEJ5T9Cg5mvCxZj+my9Vhy+bxykP2tsKNn2mn8hRTKY2AWYrRQL8rUzoxpTH6SeJYorjLv+WZuymmZOks7z/UPWqNgQS0GjPBl5bXWXy+5zDpToruRLY/ayZNQJktvOhz0aYE0ykwIprLrCBAuuaDVUAgx2AzFNiI/cbT15/whjHBRVv9ad8lYDIRgASZVRTx/D6MOqns+l/pQHvaQp+3jpbeAY2fxrtFHGr76SV1/R9MTYKBB2s0FJKxXDxvUZn2Y60FdFdt509WxTTwsWqEpmyZGIoGsfxBqgr0mPaIuR4ZDBvlvdjD3e5Cdcu7xR6v7Wzn7oNlqRZ7RMo0O72hehK3tfA+nrAClOJU1A0KangJ6GnLJJJPcrQtI7oljwrTDxGoAnSyozJHR/ooNM0rxLzy8jLJkKX6xgIUIz6/ECwBDxgc75OZFRDLczK4x7EEWJxLh6RCwBXOTZ5KgQrKUXwLiugMM/CF9Q8ghpliP1SOqMHTTWyLtsZSZkoFhIYhUOlykan6NACCzKMJz+CQ66aTmjlIQiSb5rssz0T1vXSfzMjATbE/hHMsHRiUJfQkQ91185AdWn/zQCjz2dN7988jHBIe8aZRWE4oYrhGleUA5xzzrQQWNJz90aYwVDdnMR7E+MUGtkpKkcXSgKm+UZXy1E2R1Q/uwQUgYbCcKwRY+OUlr3GfX/xaOkyxHJWfi/66QYiFebsKFvvPoA9uMuMKkunKjRK2QVaX51Brc5205Lel0y0P/NVA8JcwNLbsAbMVpxFMIrzDcNZUwx9q2nBtPsHxBrJZhpipKJRIzsjjb9SOboyQvUEBDIPZq/2K4C0pUA5iNrHHBaR8ZlI+CZ2H4SK4MJRVJE8QKFpDiRg3kyUHykKZ+PpLa2SffAglohe22D4IO/IoAiUlaggTzK1VentZDaAvVg4EPQUdkBdKFQSRbcJWsyYh9GLUXg9mtwlbRNNtYHh7FQkQ+de17dChxjcfF0xLWrlOwutSVnCT88JjWzD6imBdMmeVi2zFSZVaI8lJQwYEO8jDjJFXl4ORWkePHlo67/MrltMFqA0LAY9ZKtwHbddYLkXeXblGGpazqlVHSl+DGvRbFfOppUGFy3vybNKr1TrhJTkxqtsVW2zSfnIWtaHBdscMNGH2oyfc1mbdSzoLoUg+7KRJ68cp3FZRP3wf5oi2g060TNT26tldMb0C6T5h+2SwuttoAXcQKWXtAbs8ctHBADTnsiG+MHbAEZOobRPpiAh0zoIffiqclMrr2p0WTAfTW3iskjA/64IUhglMt5S88hQyDY/Ig4Sv1FgEdqye0+MJHv3R35pOr+uwXa6EIa226QRGhO+L4r+pAIn8T7bNvPQJMKPD5rjumIS1MMkD5Q5SfcIexKDHv+1gdXoucJqaCX/52Ka/dP/41ewpuGKOsKrb/VA+0nbNvizymw0lB3zz2Yt7LLf9AHCvKk21fMxYOj1lp5Ixxx+8mESszTxO0Qpr877n1Mm/TpKlJRMCfb1gTNbGafAgApewAGeKArkFdHCgfKQZXjYN1SGOulURDnkVTHkdLspD4iClQjCLFnWtLa5whHQlaczNH+AXK2kckLuWghFI3wMnrVDBPbuGkv5H5kuXuEf5I7BZzl8FPyJU8SQzpioN19nJ1XiRVST4Yc46XuCN/qF3wYtFryz7IKpbQAQdbXlTCxE1ocdAuk+LLsFovUGtwuZSKWwTZfcYrZYkzWiWf/64W/wBLiSYhChUTIASBl4vWSER6GJdQvDAoK8s6XQCTfQ+PtVImKul2x52wQdqIGs0Y+mwSRoUkcV23EOGH/n/4ZbNF6sy4s1W6wtnci4TOmBgCqiUDDjUy2spqCkiy7jDvbvBSEuLI22WZMlCOnmAT8DnoywAOERLt4rBD2osaRLsk3bvl5NF1kib2ysi/feLs/dJN4hyUHp86XOoI+o+KW8dkK8dhFhUvPiE6fdZJGSCZYTgtXcwafk3ImaJ8mWbnIhdGBopBlxW7FXQZFodngr+ChBKxrWBU4xr6WVWY1LReMOspM4C5zAthUYzrX5alFMWqdqt3mCi/mNjmTKfWtTlX0ajtR0uTYZ1ZYEWdyLZnm2Q7ZS52te/SoRCO177Z49QinHvaHMKlEc9WJc7mrj0OxdFnlf8st966qIX3lPORSNDu/de417nSOF+7viroutAMTDtaiPtngzhf2GNA+mLXjZ9UZoZDNZgHX2qGB9VwVpj+eJRLuWdhnuBViIP1LmMjn/o2x5VbMYV6vvhaEia3BsXiIPop+RTjl9FqO1BMTPueyolg/76+SPuXgVtjBw6ofbV8r2MQOkLi5J7ABl1B9VODP7lcbIu8whtUI+YtXC2tc4Yn6K1y9Lo1/5/ggmILc62ZgV5GSRFdsw1BIQtntb+tSSHlQaPghDgs2duHDqaGF6NJSY1mXhJai+db/SsBXIN1bl0QUKchDYqh5ZCJPk2GmIMK63bhjRAHiywKXAXMBl1fEZL6RLle/wY6RYOnTxbK+V3RrjmszUzNrQRO7+t2II7hk6+cC4eLc5eq+P+wHoytIX3IXJr7WTtW8fkcKW01u3ncPieq6Se6HyTQJXiRNclqlvIwOYNwK7kYhQ5yqyQKB234ylwTZHrCUKszfSEJZJuuqsljK2bJMBEOX2Uzx5eOCGwz5odKRmseehwHfkZOjorXf3RA3XjrW19gySWKDL8eR0yYdxqCig2Eq6BiOzN7Ym45AX7yk7hTWHCIi01DtUSGvTHbUH3iwyAm6M8JIcCG20WMX2+TGITmYQfhxiVFSXKwzUnKYW4wlr3nwzj5S0KSuMs/yR5yFFTBkBhnFazi1LgFCUeEddIiYCnvyQ0rWfiJmXBrBvUQmlGngJ6sPxMRNa2lp88rfeqGxktt+LlRDXGQ3jAZiZJdZrJWqU6gslnLiQz2R7Rub+BtaGivBweUIHnzLLkRk0fbz2ZqCeL1z7EFBB6qFseTauAWBBkt1HacQQwnI8M0wrKioCPiXIRrPy0OGp6eUE+EUd4EbsJ/8S7vuJh9cILt07RQO4VVEfHF8CMBUOmizqBhungeUPdCNLxAlLwhgybM0vuWEySCJAv5OlLSS9eJ2JxLwhdcC2SlSdiy3KGBxlGXxVT7Y9Tik289PBBW12Fjc3bsYE9upSmo8u04MnpEhIjTEcimr7NNhugjhRZiaj2C2+A+hoqbNzhicb6Np+ZUZeskuZGxAYHeyJdBqQymr8pTVVZWB9SbobsmtamLoEn18FjU58dVL49IDDERWV3bOr1DlPeQ5BgKGVCURgfhVV5nRAj1wfI0Wij8e7JHWIEjPapnAqMoeh1xnKUxbAb0g8HYcO8FtTtyE0bbbZsiWvoCXxW9ECW1eIeAoUFXizz8kYVFmqNwJoijVjXJsjz0T0tAlV7Gv57tdorWrKGrNgvHDOK1+1Pt6hH/cuWyeORATUek5EOk5SMCjLAIpVkBFT11KAcmBv0YGT2+dDroW5l0nn5sf3wpg9JlNMp4+dMdKYHpCQREt8OmL9mYrj5VJetPmCEbwFh/Mn5GfGfqJh0pgR3IaIgPmAjKnQIemRMujTykFFCrWncNRnalpobSIVzwztQylGDH1M8OfIYTklVswhYHfaop6+9c4DCSkKKP+ti3c7khsc/M5RBcVciR5M2KOBHUNTV6JP5SYXf1NnLecTebWJ8esDp8b1XUzPtI+cJp/I8P1rD9IaBG4/71mK6NMKIyp5YJHCs+RgkDJ2UPJ58yEG18l6ZxVl/i7OJmaV4bhCXKcPuEryGg14Uf8z0rHvuDWFICNZPFqA6Zke9oiNzAeeNsF9BGXYXt+2f8nqE8EH6lL03r36pZi22IP8E2ZQXxN5PcvIYCRmqZihCfLi/sdMIY8OPY7xkz4YP0bKRrFFWu1BofnPB2PPEvi5uMSiEeT3j399yj4cAv/b5ENMFYfBOzQ/0XwkCvejRNxE3gUwZ4BBOHn5dhhIEqroRm8YDVEja77L+/aLtnHGoL/+CyTC4dctFdpS4e4r8412Mm/nExLxmzsShay9K6z1La5rje44LWu4Dyj2dqPRQuvwaA81NE2dkl3I3zy7CzJ06Xj1uPx1sQun7N4w9HkOMBIj6GItF7oES4uPv0eRbHlU/SPq+yqpNrcL7s1R1/wsm6/vCAdQvgNor7i1yNvwhfHqef/z6G1rm1b8Ww+stDWP94nD9PsDlcULTQU86trfCdeKINzrDtXMQg26eQs2d3ADXlL2bLT2ieY7RAs9w08JTZwXmy4+232+C8ifGhBY+SR528Ba+u7nH0l01pUmng9vFs98PnfPn6/PzssFvc99Z4x8BA9FV9b5ZMh6nC1nG+wBCEfoF1aNffi1d1NBmEJHYASF9egq6q/laIqlDSPLx27eaNcJhqziQGNRfkaL+L7Gt/u6IEIZzoPw7FaGEge9nA2mCcXf94X0V/Jfe0lyLSz18OLr9fptzN3vYxEXXpuA7gbOoCS5MyXwQFrjowVbPD0DlqKI6Xi18fHQaQ/aionk0SnDQEhQNw7kI6vpeL6x5zy1tvQdjpXD6XHHUfhVLfDz8MKQjV/SOp86FkDHXGaKafwr46Sxvc8/5QYVd+DlXYoMGhSqUDJFkDtyKFr4ZNTz655JVs00WMqFcGeBs7vnFuApt5PWsf2f6fRFglI3rA9t4JTpyuiBjjEivGaMoMfQTEDcNDgJsjogBE1TC3IpzMx5ilsbqZNo0LhiN4VPxTUrZNCzYnO/VM7qqtjqyRzblxc17fgr303cBp4m0VrWXYYtk0eYN7m5ZJ6jmfKgo8SRQgaAvJqtGYOjl8AaTpU0P4a1E3n0GyHWWeYL4nT63uVHBvn2pLpElYMn7n/WipVXtgVPV4LzSuff3MgAI8PnEMv/aUR/FUwZarPZKnq6dZTx/4xB5YccqSnsMUnT01p2nUtQFV3zm6o/5g9caIQ6ctxP9/3GFA+rkdXJu5IyBVHfA/U1anej3Dl2lPjsoNP+anxbyVK0b99KMAGzH/aWk0T/3ncOF5+m8yEMMiKwOgFoB4epy6qLumy1xqi+VN769yLgyzP7fKMBCeNipAQ3DW8o6z41Faq2sFntPWXAUAlkuI5zFhUuFaixmxvzUhU+0qe1ul+aOGuB1OVnarzhA3xSt5jK7Vo9TanSxjKnBDtAqO7/azbMDyErVj8zsCOMaZuz1QQ3ycqTFKhUeNELQUk6ACM/Nfdp2F2vC0RAMWbvH4h46txWlk7hTySkArnISqcn6WQaNzWPUBY+veY2uDix5bRRcRHaQK6ejOPWtdQBQ1/nj0a8o7AG9ctZohuNmTrCzECvWJzWCcgZqwWQKKPS0qirPUs0VSAfOg4eOrwxejonmoYiucLVzAR3FsB3ceJxRcAA5uLcdiA+a48w1EFHtYRoSryYIwKIawuOSuiIC41RlvzbLx+ORMQDMEoiOWS3bRIByliALGVonGFhjlF2wxsqzx2pcL7HpKLVvAvaLi0yIdan+AJtSK5VCZWDWEtBe9lKHd8wl48Vi2jU5Cg5ODv4vVxlFu/0g1Twi0/nPTViu8yrcAU9fC6kpPZfmcY5ffG9A/z5EyR/QZv899MyVC2le8FzLulzfoaQx8opYBgCRhkH+CRxk8K3UOD3+e1QoHVEsXl4E0uPnP1sehZ3poRMCUgI1V8x+DgGh7Tlk/F4bZ+A+mToE65Z7rkPMcEmVPA0BAf1stclGmyXPPHXVxfIHXwmJbcP3rc8XwqjmlPNEJhDj7ikgmF1utMsAZTOYRB/9v8ycADOgJb5UlAO+aUteHT/mWiqk1rbjyqxAC2ebsdd9XhpmB0xrZHOlkRkj9C/CGS90gUlnuqWkFTuVZVPDbEpoGmroj3DP4EwC7k3tKSk+etTMY//PoYHXsEwjY3qwhRWzJmiYaLDtEyaPQBe3ZwwFLhIIjCS4F2lvm7FkE7CpKSsD1Ce3ixStFRw6bil7phO0Fyb4seLDYm14v0/aSvZkcVvN8RqgrqhxfNV5KwcIj5I6NpP4adqjWNRNUXaZasTu9Lki1YocanjB93J3Sr7TA4FauvpHIHRvDyjFUaxGq1Vurqnt6Eap1VNWKfiKlMCw+xddxkkzuqfLsWWgpe6oI9e+o+ZNhq9I5n6FhNau3K2z7dWgKC7OnFFTROalOFK13VbgXTyeT1b7wbskAgAkTE96pUSOEJlWsnOWtfFxUqDMnogLJTaJtOqAqh6jG5hVWvsRmVMFugarih5z6O8mAs+smJlixBHtkGu8WiJgUuK5cBVa+qMF1XByaz0SP4XvlrmJXtTwmihHjVN06dWo2eu1WeX3Nnc4yMFPeqA6cifPK3rFzm/flW6VDUTDh+0WkDLAnYwkGsWq1C65J2BJ2OFSilVfvM8ngzZ81hLmJdCtVxb2LqOSQM0WqEaYfd4hZdegrS5+WDLwN4v8mqNS5fpet+b+md7b7tbOrMkXFKJ38V7M3ngiPRHgSvz93K0JJNiQRb6tPhHyDYVbyX5aS5gqzvOjACzK8qONEQ3GCyTU69asXnqbxzZ1/6pEekOsbki+jZnp5T/3PBKOw6AIERBFnjaWHBo552crOmciXj3coFoPY2tZW7vA5VSmxTLMchP2r3vYqG4zmDy9BbZxXoulJzhkuzJ4zi9+fN2rCjBkCms5smlNd9FGSrTPr6G6t6isbUCG9u3H3UpH0FZs3Rneaj27jo/zA9F5vdN7kel51Vgngmhe9sFHEa12eSSqNXlHztSrqcUCCKsyxNTUDtWi/Co7Ue9DJfqA8gJ8SLASmjNdlniWXuPsHHJJkILjYWZQYNdTr0R1viYu5AWF6XgPig/p4IxRc78szVvH3fiaJyeokE+81AytzflrN1AztOR0mRne34w8hcwtRPHpnn1QP5FWnChrPqU+OpPQrY/SN+Xiicsvs5MYaDmUm8GGnpYBspVrjmRHLN4t9fg5Y1EDMSSd1qQIa8xM+5dJ1zLTLtZP9Icy+XJ6LKCRW+MgfHm1onzLsqCbe6nkxO8Rj5ejOfvbCITEnW3h42BybmPUeLjw5lGssvyNCCqd/a6NQ85nnVWiZDPlN894QfwR5NIRXMSn6oyjLegMK6uhi/5xjfoXwWoTxenq6g7K5RsF9HXbqvxejxbCgMm0IxMq0iJIfKgV9guDNS22TgnC9vtaMVYhELinT/nVj1lrUQLjV/FoFCbIm0RCccOUDE86yut4ao7zEd97qW/OIpZYuLAT0ugrvZ2TKazycRSPwvU44qP3deAFDb3d3vYpAJXRS6d7jrgbv1JWNg2z9Cri5m80xbwimUswN7hrWdyCHRItrVCKgaL1PHbBFbM3gfg21HQfR9601Ob4lJNv0QNXUJs1p1xfJ37WkwmvFpgS8iMIuldztScujcIstubVMDDRLVXOWATWg5G+rBUTW0sLAqqPc6rKolA7ZcleLXXq74m+/av2nCrWSNoOSUYdTA/8ZHLWLsUPUhvG3EUsxI+xmD0rzaEJGo6UYayTCipVrNejcI5f3BUjkpeb28adZevkT1FSJ5ZZiqShI/ixjFrmhx45bUCZuhbhTpqrAPOvxprARD8E4HN4DSeb5sd0Egx1RgPAZ3Ep1kzMkoDUSULSwxFDiuViyX/l+TK4EfDeF5KZEQjS+67Eww9ExWRqZcT2qEhkpp69gty5VG+xCxP5LTW0bk9iUsI7SSAzz1Rxcvaj69ERKADo73hyEvh4tgiP2VcQdIIAQuSyFcgpi9KNpGnDi/LqsuCzaItdI8EH8z0eXZLZaH91OKzunAaGaSoPRuiNrSpmD1nWiyQw08msWDXNlZrNhK6NDPtGMA2yO89KAeXpHgGWRJFLf10xbIY8+oplUFWNZ4a0MeHdI398hRTD+rT/FxX8cGugnRtqMCqSQuopNpaP4ak3FY/iunXvdHxlbiOXS/dl41fV0n68TMkMKGDi7CS3k8U16LBFktqANMaq4wnmCxH4hYvIcTkZ3zdY8ENtVMRpCzKbGxPhvq4tlGRERlnhoOwh+kWkksUt8OhT+1zHA5CvYPpix4SU7Eezy4lDkiq9wnie0dcLPP3n0tMPkFQPQ8LYBXHJOEOzfTc9zVe7lC17nPhUQpwzR8SS2ResbMGebzxXR0rL2pdHoaYmCCGkXHOqBXYS/zRpeflbU4MHOT5++MbuGlRWO9+UPnPiSZZB+nVKAl9gCz+C/joqAC5siqZJrWHq5SiGrNIIAt6pw/wJEx8ziyz36mBtt0bQOiBvsCCCI6WdKvVJEFaOae3MQOwKn5BoFn+aT793fOD4+iUxXxQ78x/vC/Cb+1OELwq3bL06N4Mp4y7rdOnNv/9TkS1ifuxzRGCGCqWMaW6rER2ky0s61WVGwLFhGf3ry7Y5gh7ncWLmhE2YYAG4JEYXkIAwOgbIus6GazLOa1IWZkNZooKP31Kp3nNxtRcWuqWGflEGcFwgkOgy5bZgHBZTxK9BAtv15sT+05SyGqNmv1XW8Jtb8Y3UlByI1cNLmDWQT3W6Ori0hsc6UwDrJYRg0KrLuTBmVlc4hkswy+IDIan2J3eY+WgkJ4DllEO7bzpsfbDfr3to1rNls6v1BmWawlsUFFyMRATqjuF/5OZmISHQRiV+QTBo6tWMXvknKkPc9cMNn6obAjiaBhWfyFQ90kw4v9iESIpEk4FpKTIhFxu9G7uVCWs2RUHIOjzLKMplrBjciN9PQWa37OsSfJ8L1rErOBmq7pMt+70BtwFPxcsGdZh89qCR3COiVJWfa8ByiyYCgDm9QAr+BEn4JiGT7tLWhmDggjWT96hgTfcWiEXqhJOzSSjkMRX0rtHuYBOGfUYwWfEDaYv7dxYeq562zUSUWIQYj6fpQ1m2JKTNjbj4REYtNOkti7ubcIsJoTfNjMy3O9H1GRij37kSU8LEZgZF+AZ4oZkFFKi6dms3ttz7P+6kbeCkbHofjGSxJOcVnWlt73dPeknEJybHrmpSogOIEMMVZ4oTom86b28857/Bk36kg88J+5aPU5GamW06i3nR4zOuuBG1us+7qwuF4hoFG0a4lb7j9jj0kbQbQyY0GmFvDkiqGOM8Ma324zYwTD+JZGIDk5rrAaSvIuv6wwuEVkT3dVmGvG24zc04rEWkvy3vY3tS8eNTwJB8euYAPQ1Y60m7Wb9B/FjqiZ6XNDnDQmpeOQrJyQwzMK0eCMnXDMbL53yi25n4jOXnfKMGwP3jCkT+NYn424fzTKdQEqct7Rqje8o/B+mtC24YL8KbRMTZem67si+gyswxLFnv0EdLb4+/7le7m6xie3MZNzbki/y+vwlt/FkKKVZFUAGIP3iuLcq8t1189H8/behEWiryTzxlmv7/tlk8bZqKSQAh1mMnICJywGIWmI7c11u+rBwCsSC2EYf4r2bDzwivvYgqzf+N70oitF0mYmwlUdzadrDGFHop6QxHE0IF/G5bYwtMiyRU7rDjwNxvtOBNM1KtukpLd8ui7kCRO0jF3rKmmp+j1JNzsfow5cC6slbQWQshC/iGdMlt4s+AWR5fkUc6kyPVkhGVsErZKT6pnw6bR9a6N7+iCFhEIwcYfH7fk8pXZAEFUaYZCSVF7aro8UQKW+aBr5JTV8D1Zhpv4bfDHqlG/vfASDa/7p4O6mWZZTP9Jn6K8YA18sp1BDCIyWUhj7CSABJejemYFyoKfWQu1OHiDDs8UzCOVm4OlIjSTZ2F6ngvzm5C/FXiK5vGVA7nyzRdUgS+UD6HYQUGxRSGmbTLHFfrvdZB8BXRtLQCOUKfjXFCJdxLEwiA+MKp/4mmfLwUdGwYTW4UWeaZYwTq890sskYbVf+m34Hyg7CgTvI3LTRIUdM4jJIUb8Z4Ysso5yvYWADhYn36PkypZl8wtcJYzj+F59mULlaVOUo7pbixEfVfY73C8tFIU+eOqrP60J/GD611oDVHHNDRqrKHXwBeZ95NTS62Jd93wBtT7ShzkblM2sqRySlaBHJEkc1gVeNqEtQYVIrtR6SCreN7awPPZxhjmdbYdO8qtBXVHjz+QXcCbmphmFQTzvhG3eV/02KG0TqpNoaaIvaGu7oj3lUkCTgC3Qf5vK6ebWAN4EnAHftWQXEqnnsBkcint8seA6vbzRo6PKeZQjzJ63RwQWbn9HIukMC5Cn/0+1u+8yDauwXsK6RZi0HBL4oAtDQP/Ag/C5/HakPtRePHQAx8lNh9Qw46I8kYaQMELW/cA6q3CelCQ0/sMfiewdS1p9B/dw0H50Ke+16HKBUlDy+QvFHBUubVsxASBHSXcsnmojWd2O85zu5zpz5B49jSHjT1gEDVyfQNx1NYhF+jUCgxxcqKdMftkDsMmc/PZpGqDT88BKsMhUKoc9wcoToMohbIRM3BNoVn4lwhCVksM2r94AruMKMPCNu/wsbMgQ/bHrKKPQiQcH+v8yfeQHj77RSe84WLE/Lvm2+j2+eo3ewfC5veCAH83/6e3GBpwcebHrbowyHEY4jLMKQ3DbCPGNn/1/NQAo9AH5L+qB0a//eNfPfDvOymo3/57WXzvtKq+AkTochxPvOM6FJ+o+SfElCC8AjEfaRUG13O18SNzkDMjlkactRlnVamfVCTsU9VBvk283lVd639pqKVuaamSuzHIG0pDGRR91U7Apxl0NOrILgY4c3YxBEY/V12rRYhTgFM75mmrWZSySMy3tpT5Gq5yU91s/hAVzvRC9fVuOMdmXZXqIBY5mXUCtpnjHDC1I+P+XVOg8LpqUB5xB3ZuXxTqnOQfRTchaCs0QvuLoaM+aVyRmyZZpnlMglmutSjVGNJnIwZ2HhHHTDbErdkEDHFpUddeP+RuFRu8aRkHV4IgfFut8l89DDmrNHy7Ojosb6MldpEcr0puDOfW1cbtKOVGYxLNU9qtXgIH/aCK4/Pa15nsarVF+b+tDuYfblL1FF6AE/ASo9Qiiapjxt5FwHsQFB4HrdH0Rr561bbk2EN92zOE9UDji0igaLNWAQ4WUfz54NyYrOe6ZmgpbTNupG9/V2zWp2WFMr19MrK+y3RmumW9ZmCsDbrjNHial2/8IZPHRi3XCu3ZGDausEX7A44cy62efuu/vMVlbR6BiSEwY2zRLQH7k3CQfHUudbYZOJxZo0ksDrds1lqt1HWt6PsxTAU1MrqQPvGYynCJo10VIAfwds0U3v9ZT72thyt6/EF7wCsAyyJ+ub5mYNDmdhoMEo3AvkFd2wdlKbfXDrruzWe3dvIVxD0HIw0FbWYod1PnM8Je7aIdoCZnv6bNhezifa+WWnTTGOo35xzUaiQMlQYmi0M2kNHQQ+McVo/u7HOqKRqlOKLLry5NAs87qn30DAdNKmP7uLq1DXUwd7drnpe5YxKgAlQsuLGesR1Ztlr9Nb3BCyIk6GDSw+d36OKUFhHsAu1VnmrvWJfKBv2cJJ1Q7e16z+ln3K1nayhExcoXnNb/vaYsgIKeu8mbDUyhDStygZHU6PDUncpYB2THvfEAWKeA2yVM2HU804PMj5OLaqA0UYipyWYS+F1gLklXHWLKoVgoQ95mtvQPG9dDULrJBeSCsRJxBLrIJZStN2bdMjV0W1uBfyDUkH1txGGSK7CluyXXWTs6iguWgqvstBfFT46R8OadO+joLUbrJMdgMJpJTKff2f24/wnKZfCuom0BnS+ODr/DngJbY8A+jEbEyxwLG4eKgF/3N2DyW8YpWg4HgA6kE84+N876axxEzwAciIgqqM2BsLa75p4G25yTyOJxYpy3ik1mcL0SWxeMmosKMGzUQtg1QnDahXJJz+KYnSziToQt6ylfD1+dHlyIHNCYWdLMn9rTNPDZXKgeSHO34o+XlE0rNyKQV9jbAzQpAUTwwAZ1AP8EDnhzIAzu1gEGQQamumE7gzwBk69IIlDPFQM4UvPQx/V8Z0dgX/kpapyHnyhl36iB9ijHkPMxjRbElhB1669/kh4Kb468CPiibfPj6hpycVkm9oleJQ4HSM7AZq87lKtThnFCj9Hp+CbHA71knTNKCEZpfL/VuNOr/do3mly4VsdWRnn0V1Ci0VDX0M9lr5jdUNP4X+/DQBCJo6tKepUIwexsNxkFFzS/WMPLpjDU02xQ3HpqS5MGLh2fWxUs4ihxTNBJF8ikYohsj1x6QuRAsDzVv+7trtQ460qouXAJcAEvANi/SwjBJrsd+hgraQFhFMScparRqcA94Qo+gacJDVNX8U0uckHp2xz3tniyd8gesSqUPnQrmL6rm1YhcuLDVEBTTc9EdTEl6wKp5ituMtGlFW4jrkq9ZPQvQnT2aWwGcc7A4jByekNXEYc0XmOqh55wFmGDUcCZG9woCd47yeDjukKWPejs5vrZazes5WZXqW+1Nqa+bwXiU2hOUO/HXxhfKOuMIHF0mX6IfUFkYTP/CW0hSB7CspBbMoOR27xyTOdMxe8mBBdLeqx7fMh9k+5izrcvTuoYzt0QgpcG5X7UvM7AId8xYshZh/U70223MC1C5lNhRgoe5KQOHblp4t7Ndm9FI5XEb+icxPp6GIfCBIzz7Ih3CUQe++WCzD6CVspH2Q9PRZRv1G/Ec34clgpOmnBGsatkgEGDoeMSBlE9R3GcDOLwKttEp913URATmNi4pVYhfYiIPPlJoiYuclpU4rzSuGQx6xaXsv8zzQ1BQE3Ai9pXVDc2suKvPqNjhcUX8ASlMPHZvEQi0DpliFSYweyekNpwpwXBOZZkQ8VcnlpMhqiih4aiE3OzVy7+jZnxrSMf/FDDjpil/NlrvBB3WB9uoddQ6EPHflHvGnR7xe7pa1k06e0jGbdwOKx1ySfkAgWHwCGpQ3fSETWNQvVa5bO3DD3s5HBC4xk55ucVvIKb2cbAgUkJA25gPtE6AdRakMZwaubsP0EkwUMnLfV0p+hp3tjYXRf9lwSdRC4l3Y9+BulZr42oORMgeIlvbPHTjnfgKh8rmXiaSmAyxu87kwwgofG8LUKrLHB2nslc2H7RC2ghjIKex3VQS6PsG4YoJ09Hu7GZNSeFIBD0PxHzfI9WKApKEwUdfJ6F5yDo4EiUQLY2+WiEaJQdS34YFIwoImBqBNcUbMfJeC0UgugdwrC5oMG9EY4o4sgweaFZBrRm8c5BwfgUhTeW5AOnMEWBUxwGkpSES2lAlaW/CwZUeRojz8Yt7+NEIgtEReSMNhxkl83LgKqxqhynyYOtqlTHa2GrJrVUdb/B5HcOiLr2moGvoT4KXgXxdUhfMBTnn6/a/kJDFKl1ElkRn2QbowLV5BMQEF+IRfu7Bw7x1LREUa2fsL2QNoMM9YncY3B7UCX5FMQ+nDc6Ux1uoNGZ+uQKlKGV1sxdbMZtL/0xecNNQeFq68wW6jv/6EWboVu0VoKwGuv/HgFwgbvyXncPMjOW8qn/dB72M+Qk3UQ1M95KbyILxfO81a+ZAQsCvnowGiCfcLVBZYBC6sIKY5VY9QWHd4ta5Jt4Zx5m9Xy5JxWslzCQoGc9ZQyaPJga4wa9CBcFLvbo5LB9FCE8TRqIlEe4VA3FquoajPhzVkENl3doJG8CImoZ3qbeDkLs4HMCY8HavYB42AJFwO9iDdX7RCwlDQQju8Xxwbo2+JCQGi1weyQf8h4RWUkD5wn/leR2NEZlCjm7OsclyK6psRwPBfiQjOfBExGYhASVxoDLO+SzXBYYb4Y9H2c6BUQ0hohMf5zAGvDkgW/D2pElXhnnhkP6XSL2oOeX1Fu87SxfM3EV2GrI0TUjdl27RFrw8sXanPktCa3Iwwb1Pctl3Vtn3SOxNyTfR4lqtUaoUM3p6Qxsc2dPz3DG2IqUQBB7Af9IHtJEAKhQqEoJsXAYj7XtRLAtr5B4J/5em9s71E/NonOkhzVFJhHg/Apvgwifjo8efsufSCnoo2rAhVEktaI7GXjQ1vtAZuKZuffRpBn7N9vDiZlM7RfMVEBN51+yxpHMhBlKWHshhKUvXAThpnmWGSvpdIrG7cVrMEQFcDD4N0RZmMmoA6vYskYApd7BKAVkxPV/W3W+jIp5OaIQuKa5MwZqbkhgqresIK0GNcX89BfTwxPyDxFjvgvJxXZQjz5KUZKNEH3xyjBEan18wUcxvLAVsWKBt5F70aArf4rG2FMk3hpRDqJoKVvRU3AyiRNpRVNoR7viItTM7WBDYJ2oIsyc6MofjN16eG4UwoPrzrjFmvSJD1RbDDB+49fNwSMAl8ALApCPXX9cI8BF44zi2yteG45SLpA5tPNmflTwuXvRSXbOQ9OxU42wHgaxDf2jHqKX+/rOkG+aPD64Z5c1DLneg7bSydx700TrRVYnClZDI83yBl2kvlfaI4R/3vthQT6ohHoM2WasfwXMmqdAH1sqGbWp3UI0p3+zZlS3RtqMnxtSXH9sW3V4Zi/4UuRA0PQu0hWcYMvDjDLj+q/J4jkuRphwfbEICHIFNa7Wrm29ItrVT4Is4hw4brKnRNLhi3uR6XFFrKL/FZPj+kPw6LnCo65h43dWyPFq0zLvdpxOn1Qrf6t859vWNApzv1/3TV6svIamL2WWFaZt1Bb1bQeaDSbO0bTxNkUP0ev6aTf6vGKhpdjti7I66HBtflBDZ3cGmjaO+LyQcwteD2Ub51kfKkWp2odVbxF+oDmBc+MaRBke0ygOqavEW5oj10NbBU8ALaR2kVgs9b/U/ZhCLoqxAegtpSnJ6EO/OaTTepnDnpAfaCXVpAzZrRppvvOwVId1z+L2JUbqHnKT7ZrRm1u9Rs8VdvxdR2RYG6KPVDBnbEeVDwVdQLAqe5TWHnvV2UtAPvNmOvTYvoa9nfn0a2fZBeCPudmPGQeR/MCGXkdkqx12RFJIYysI+h1CzxJOv0l4ZISfLMKsSDJbd4g4t7nR37FN33rqZIGYylaxI184fTfAk1Vn+JBEMwRctvLqSxCZ2xGpgTcrfLbeMp435nJzPC9vl84UPc5RN2qCCWYjd/QY5YDrJAEvHWXRdelRW8CloWzUkbtQ2TrTRcnEZUm04AeDS9I4aSUmbJErw3F8CPyGtnnWh4JTVVY4ZmawelNbtD5Qm4n6i8EFyyqiXOXzJheR0coZOQl/oCrbBHr9heICcLL4FaJElAXOfBr3Ubq60CUKV8JtPswFo+uOZXltovhsmrx7X89HWBeeRUzYSWeAN12iNlofseVWxtwM6dm7akQVKRF19Oy/HVPm6hG13bbHMW/7uy9Qc/H66HKku5s2/Z5Mcow53PffTIvb4RWqNh9MLN3fUpQaWIOyYpaVNYKoh1RAVOsGuIi2i6JWxz44HKU5SrUdzTHiDBWJskWP86hqRcHaNX+KIF1CYN1RpW8V8hxGBXNXGb5a0zXLyyqInLVa0fEDZ49oa+UCx93uIK715hO18EoZ0iMC1GaU9Nu50G0qwwaXery8KoyMrltlGDlRVI3aGLh0aTOExlea7ezXzdxhQKf+lmrmtVzs/oZa4CVbqBPjyPEL6TVjtuHXhGH7Cnuc1svcGEqLHotvCLfITIbLGXQ3/8FV9JXA1stJ5JLrj7vVp+0WP67ts0Jia+0B8VBXntprwjTLsWpEtm6M6bzTE7Md957LaXa3w9i5A2M62B8s9tErjXiKR82Gjkl1PDaWz6BdmtJWTilBaquT+eruHxT2vDmgmMbPqEJ6W5n0IdBGaucRAqi/FLf2xD444nDUZqzZHxSlGW7f34WObSONdmglepan8BnDORzdvkJ9zW95PsT6nj774kq2f190zD7jnlH3e9Wi7fcLsvHT+FkcmBeccGO8xvE1xMf6zrczOlAV3JH8T1cJcSvn914D1ND5Kg5kg60Ul1ZoyMga6OIJsmBc59ulFUiTDDThpFo3kQLTWRFOj06HfJqYKZMpoFtX7PfAW4vVIH/+QOaKk0EJxGWpTclShiJtk5edqSoidm+VqzqCEXIXcilJfnarGBTVvakBkYtDhUvcCmaBJ3Ro/HWJCHpeFvPbVgrwRqCD4YeQHkGOtRxLbJDHqlrtV4LQmhpBH3Snab1kEQJRooAW47CS+NIr6uw24gg8mW2BSs8NZXThHilUagIcrE7GYH9Gi0JydHkOm/4Z5T18OgwjDHAwzlGLZHYlzPg0dQ+3mdRY2bYYlFl3DHggGis1SkjbkPU67IXKRKSlM54DZ4CZyFMoy/218gTc7QOb/rEikdhXPeinkuxFdJ0LqUzn5HGMs84E3I9i8Bohy4A/l1Imliy12fRPaRIn+/7MjhsQqlqJqAXxoGQcKp1klRwdXunCXJmAZ0qQaq2GBZT+kNtImewsZ185fqMdt4y1rVMGQV3lb7AtHnU84W5kpEe353PlRbn8GnX8Lb4AjCA76kDOn5x02Zm/7qZFGgSAO/4s91Vh76Eo/aRVSwEuTRs/gWg02TB1Ig7R2coEOvntlIQ0zbqySSXxaTqQybdGfeb2hYvdbW2nuGSIxH2lOPthF6/rxcdztiYQsSjVlg2xuizARZlOqqLvMMfqFHR0hz3ivmLllxyX1BDhL7We/bjYKpQXA1AsVeyxESF2HCa0UfqvKoAXsPK5cSTzA+xulWkah3H7b9bWqxUarumi779ZgCQOmPWJcPwyixmAw32fTB3Xz8MED1tV/3tX7AoH/ttJWH7ppOBnKzFuE49aZEFEDu+UzzFdspEnvDobYHDFnxzjJS8E7KpTylVeB+KP9ogmrodx7b28t9+fdtp+1zbviLYXkaW3t5fnPPKOaAaQf8fanOetOnWHtr4kE8B154XHu8x7MLOVLB+awsMExTlZJ04R6j/zKcVMQRXJveUEHcalRgSqf/dwv3ZH3IdocFjPMty+BBhyYvs5hXJZh4P54ZU0Z1vsg0z4LMoL2hGc86Ax4MAN1I8BRAThAhQhuIHatXDsDlVCEi5doEppt1VEY2fAVqDhynEl3JCR2eszxPBCG1nvy0F5BePxOvBkW9TY5lteMLbfdcAvLI8ROxQ93WtFldgJrQiU3HA4LSVOsQbNSN92h73DS/6OFXyxr+co5tr5yr7HsDdpoOJYAuPPu5Yex8s30q/C8KqtrjIKIl5hnoRs4lDAOpUTzdZO0gDSA+KlDJwO92c4pmu2VOgkpeyQaMQCco/YwxXTJ/YmGpjwQCgyW3WG4gNnrvIpjX0eyowY5hz7DTUS1VYO7tSYUz3v5G00lhiVGDZtSjlrD1utH3euJv3Mq31AD761yiCiojRxb/9D2637vNOPiExoyZvY+3n7e3Xv2zfTs7053lzuPHjy4s2HL4AffwECUWxHFSTYDjvRhAgVJlyESFF22W2PvfbZL9oBBx0S47AjjjrmuFgnxImnoKtJDKhH9bnZ6Q7EZvdo/2QmYC8xy4HTzk0ReWW8gPStGzMKDcG0qKysxmBvR0Mcq5h5I2N15u5797rQUkZ3kgeNNSH4T69UticgKzpJOB9tZlx7MOsfkE9T4MMVEK9sMTfI69xsj4jZ3vD9qCYHYNtdHcQ2PITK1SnjKF3oG7mJb2IVBYAtkbL99P2UUU0v7UzsnI5WiiUIhaptZIlheo/qujGgpI5PR12cDfPDG3ODzjzqzbVa3BMfQvhesZIEPjctAzEQ+518Orx+jAh0Ige6K71P+aLZVcthxV0PVbAbSe5b5bYG+QKEMI0e+GBimO8Yhb45perlBJMrFTw3W+B59N2wabcFORKljktyO/+54n+Z5Nbt1yYI2ZlVXXHiRrRlA3hRm9rpW1H0iTMq0aABmV/SKS3f4t5Ct7pN0xvyTtvK87lN28sGuefUhrfV4U85vq1qDC+tw5V7ljXN2dId/Ak63WmsJZsQFZypRhO2bZlbBpN40ryvtwCfbh1s/NE0JCj//fM7W6510r34aYQneLqzaRrDu7ytvSUBMULb3Jl1ynKWjHH2/VgzdOP5aSH2c0rWe7vqDVuhvIwbhaCNLlNrPjUjzfvIQJVxqTdmb+HiA9og3Cayqtkfie1ORilbmwE8KF5MZ/+uNkGmq+yk0jDKeQi2ewyoWh/SoC+c610F2b07PyVRPBFvy0wzwsxta27I923pdINNhvH4fv+Oj6Cyfy5qM/FiLzkR1WIfNQub6Ar7PcgRlpFNtrjJlzZ9cjR1ri1vkof5/THoSIdeF13p8h+0m0Dgo6XPVk9VztBH9WQ/ycv2JfM1m1oLeuNljvdySTP+WvcOkhxayppNgijLdWoC2571uMHTkPJsl6+AiwJU9IIfhzuostMuZ5/EUQlN0mjLfh5FgnLS7yqtbJArRb4T2wxpdq/d6cy9v2HkI7zafVOthA4exAq4w6C0iGf453INaTvAq86CV4BYnAmxcRnhoUsOtlA0LYsNrrvXjjFYgGoQEDgbAFXBRfGX1XgObtQg41muTPzCrU6xfYRxWPemysPbL1qFdFjlvqhm7eryVf9De2C8+IhJRE5zuPOtnG889OnygCF0xMm4cIKdsq8ebJYcgGdYdc04B0VR0fRSdPm8THwUkfuAHgibK9+m301IVWTfsb0D9rwTRUIIPAkzMuc70d4/oLeycyZTZGrGTHv9jnEmfuIssBlgzDgQmOyIBQ57sdeih639LZD9M7GzeccvOWnkLSVPpNiyAgp6e9995Otj6AeFE7fk4AfhEandVzZGjlVDChtm4U3OnWnoIOC7h2cZtul5VvlpQtL7EMCGXMToCAgXIvvf4P9gfCrzOPAaWUUIS0hug0MSO3UcvfcVcfD9xyFqMrsv5SS3VPhy+pw5T3si/76HNc6RNyVdUXY9jI6gwDLbKeb948HzR98PgRdv9tgbYW1seQGB6bh6o1KI/XCL/kcfZamkwxhKpAR5pJjH3QZrYGlb0wXrFrMEpXXis+paGrZtvKHQIwJ9ZEQiaMCVlBPNstYYhlpuE/mgrBGLxPP463hlWZp8alY0SQwlFuqgMkFvYEgygWganYp6Rdg82IYiJterCd1yReJCtjYi6NAgzVJ7EbhGDb1v7jrGqIceEcQ3glrfgef2vHthBLkOEPm0cIe3BGUYaqw9hDW7YceIztc+KEXuSVQ0XGtVB+QK7aDYpUAYOhiZv879aRt0y1+b7pXvcSuTUbealkxiqlkNkrjnrGIzxaBYsGXhXCsGY2xKQ7cDB/moiuNyKAjr6wUpaihZUs1o6QXyBfmKAB4HKlZ9qsp0M5yM3K2zG3sPDGyKh6zW5Pbc6IRdB/T14tAGE/XiBuOJc8LmpcR4ZDV8GLjMPjEsOYkm0jky07Ib777Okly82uWcdLztVX9P1NkRbmVtT6A2MGyYYzz6kZXVhVW62YFUYnNxFwO0qMjc5J93hHQKpDYUVtkLcBqkpdWg3sLt3kViPttbrJVV4rS9Dd+g0BbdKp+4ZTmNSKnVN1Tw67VgmpZkXfCiZEp/jDBo7hEas+YQp/Xoc7XTKnQ66gxJmVGiWBZmZVhjux0qgmoGKOfYsy+qY5ZTwSgQdsKxjFWYoS8Y/2lF5SxQlkr5B9nXb8VYTP/1JTo4529wiIxjoPP+iIoEvSHTMqGEighU2jiZhCq3ZlgAJNSTQqT9tN37aD9yNPM+d4mmD4qE4s2vqiib1O/G5DEO41XY/BfwhpWKzysz7xEwYzd6VFPwPAfld5xuFSa14OUl0xaaQOoI2hcTz/20/lFr1tc4uR9rI1XR6Qu+NuXkUq6icwHOAdpo/lJpX2KsSi/+0zy+A7zVxGkqI2Y8MNpxAwbwhre9ymCqeN2fKS+qdsllV1xFiRoW/DlORQ8b/XCWg+eJ3AG15C8ilLJfbMgeBVwI2rBHpz46OZz5fx9eLl/QNa/WdXVuuOmtUh9ygovMLgAna9DY8w0aNWKZBjn0/zRVAA9aDQfqlVWcBQPGX3fZcZq33HbLHdu7aL5cFiB3tdY9TW6Z80fGN9MLu7BkMZIFg5cr9mXbf3hM+G2hDQSEpaBnuh+anw5Cav7KlKfgCBYFAzlk7w8/Z2FcFHP+2AA6xOZa7KYl83J1AklBIa5/cB+fCyepiIM3QY5k2+U6FAInc8Qn/nsgHvr1QSm4lZWlHf/0Ag9GYgqhwkL7XqqK2OosdSjV7iy0ccrcqcaVkTp/4CX0ajXb8XL1yIY2O+3lWlA6DVwDTCX51zPD1jzEpf5UlEDajpeLg74U5AeMyocu2wosZs6V3Rj1aIT5Mdr8ILqwAQtyN91cuP8B7Jt/xbf9yj5NbRmNxi2+gr8uqmYBQIag/S1ccY94+u14uXbay8UphqTVHwGVCdwSmdfarpfrKgTw0JgXZdPLhV7J9nHu7jXJns6pFQKSZoFaq7rkkUb7Nzc/W3yPo/b7KmLhNyR78g6XedyS+RcsSNuBWrTTuPMJHsB4W3pd3p8yaRv/Ck2gVQcwsdVgwh9BuBz0NMqvqqJfxQfqq+TpeK8dghToMjvFV2iJ269L4gAAXGCXJalTm+1pSrJMBqT7P5knDzG5g6r2loIlUiEakSCamfl7xtd9H4ZI3QDh6CihVwwiQbUQGSkWo4qQkgwCs6j0IS3WI8mZId1HeCKVACSSta6xQ3QDJfxN0Ui7AtrOkSNlCU6lcWjjL18nBGdRshXBBhKiQp+1or5bJGYMt23mFOT+DymC6jX4//O34c1ycRZJ9byylJfHYkGQMIknwWKK6hL/SNDGgzzShtEz7Ya84dI04BnpUbil+/BKNYe20Hk4qwy7tfj2hIMHNLFrrCTQFpko2YxIzEb6ujkgi+CYuyOCOYnlvNTNS6f987jleC1NAyhCLGcp5f8zIkHRfm+t1vdLsiApcDlv7FNKcGPNVqQ126zoef4SmYh/3BQEFgSBIknM1N1Va+MVbZLRzXKxkYSwBzjISFo3YTQL/CendXrS8qc6KILCG8C0lWAfzsiI5HGJOAPAfk72v/t0bv1um5btll5cI7gnBWFAgRa+YtRa2NYJAoCN4NU4I5kQFYIARIfr7nXmh2yXtzKKQb/zAAJ4cj+9A3geQTmnxwMicKoYW0IsSHp0mmf383vlE4L1/uWoowFe/DDea1mLp3cQZdHR5z5taUXnTf1KNnp6GmskfE5fmUI67wDHAWdR7YMK/95S2BQKd1W3CAfkMEZLTipB+7eeIK821d4Bn0Sw8Kytv3GAUE6Bk4zqHeQUylwjUjrtGM9+cNFNMNIBsEgqzZWKQ2pfjLktjPDuVfjrnvLljyQNMu6kYGkPub7TBezvvMf7icMJoe2cjMQjtYapyG4wyYE3hnPPBQCitRpK50bhcKw3FfaVIBYinRE5vZvw8eugSbINBFoFFzQbEFThDlgmQptbfQcackwgwJrQIzWhIvIGW0EjakzCADWWSJtFfx+f268xPHiHk/QYar8pYtrSUPBPBUoi9nQ7ll5bD89awuSWSCSIFzfSZw7KhuXlvRwj8JLDI+8+kaLWHStg4PU9RvIu8sRSNUD1UOootRJn6+/OjWF8ZkEh8Mo7O0K4izBbDQ09CKg9/AcvUg67MoQvgcLyEFEx1RwVWpd2cx0xIx7W2b6RWE9w0Fy2LPofzxLkydIs8p7mOjb0J8wCTYZiPrgaLBYbcBU82o5dnZf2gvTknltergdVhvMQfraeot1c26sgUaPV1GmloPijKlJf5kUA4Z+S+UA/N3x27EMhRUiv3DuLiep0j4EkKUqQCa9uiqBYs/3+NEa8Xt8ckK6bo5Kskn3Fo4qwDjEDMhE6AtmpY8FkxBqP1BM0Hh8QqiJpeLvKiR13ihu78bga7eWEs+jKZBX2FvriDSvAhybXvgKReUo7GVwJui1u90Rw3WpJ4NDeUTe0PGVDewVgj7Uu7u0eCFVINXVwgp+c9tIbCam2yNdufdhtaQ+JidjCcehNpbfFkKKkIacGOxghn7lf4zTptLaosQ5W8KHc0SN0Q9eqEYSrVRPOSto3BRjz6Ls7xzp3IiBHVzXuhA2p75619y7fN9rO8+1Kzpf5NO8jBizMwd5VuhPd2D/PVKQkmCv6A5FYQW+LIQWR1+2ZWy25VxTc5rHy9FwA7cRk0cbBFZBeew4xbrDFME6eKhANyRuDgROc9y3IO9b0sid3Ok0M48N5GoARb2ukk83e91KFJZVtYRWsDjL37xBuvRGpwMMBrLbDU3tB1pxLy4srw+dxwGT7iwDx8n84ltMbAPj0PSXRMJ9vfeNkPngr0PB5IXAA16f5vve5CIXN+n7alYM3rgDH999a3HtD+jiT9lxyCZveb8U1Y8ve8YOtKhpVHZYZSM5q4DSKX4XYSAwIrUFWzfoLi2ds5RgPrzWlOuTTeVs4vWIqxkZtMaoI4UvQpYQoypDZhglJW7tq57OtChNXiu1vUBPXTVvE6v/F8j4Cmp08PKz1ZgZqnyeXyc/oO+Wjb+GnHyKL5Y04b99CG3cLdHNB2Gkr899FxouJtgAbOo9mziFNbu3VXhyF7aEF836VjwBASDUftdy+N0NidLzPqIiXUEya3zDSiMF9zSyq+Zj8kGq2KaTWnUqzHSG13SF1hX5yNlxq9sl0gzwTUhnE0knjs/8nJAYJP1tkvjDbEeTMq3xFQolO2V+AqXUB6CIPxwNjKc+BozQZGulUZbQyMn+Uzeiq5Pesjtb8u+r1Ky9Ov/6q5XPg31ehz0z65icLJPLygJCeM0dT7IcYfpanbyyjwaHlGj/9gfsKWPbfFWDb/gqz77VHkD3zvL/9Y74enjyZMSIj5AjNm4LIr4nXfX72SBOPbjdiBQn9exNGWH6iF0z76oUsqmm5hIBoH/sxzURyBRCtj93TtEWN30rphQdAkiOB5mvw/VefMx94BZ7wnx6sbdkw9v9w6T0BM2JaduII0MsN9t/Md+txDvHHMD1WY6Pg2EJaf3/NjviIxIjkiHxJj0j57b7jp/22EZlpX+7gXQ62v5zQf/X5bjnyV5WgBYJTma38DZItnLRu40/y837Bd/03P4Tf4Xf673zEvsPI216FbJcCUXD03kBCxo0c/tp48gdieIuKlzhvFKt3i7npQzxCJcMNUGbucQFxrbTS4fIX2EW3gfqzZ+SNFNsnsAw/FtyPPWkzTgVc7Q1CQ/o3SH+zEMe5xn17bw8c8y1vMJSfk7WMODTP8Sj7mjfyqPgff4mY6JD/4X92LzvZA68oEuCik8h+u5D6j2xPj6jfk7Few6PpWMRloXSmTSgoQBGXpRLFUGRCKKoNpYo/9jz15KRrlGRDrtya7sPtFbmuN+JDlop+uJNgx35wzVdRhfF7V3Fae+EbuBTtXyn88rRqXt73BmvDbARcVtZ/xrW9ZkvSyTnlmGFPIIyl24hkLJpjornCp9DCIBmCyNKAcgaXExTo/wJAYg6iocIvwqCFtqc6NJ8TE7rRA59PfZxOfs2/MMfo9aKqYcNge97dyODrrian/kxBvXGMfu7r3fGblirr0cSrUwrGHSd7q87+huwbyw4DGE/JBGk4GKAK92uTvOgufv1+hauBc+WlFFNcfIPr8UQY6wqRkEkbGZB0/Nmn7ursT/3jkMSLa6PkjZs8J1eU/7wEjpucffYq8J/5Frs51kb7PSUOaMzx1m3MpnXkvo1uckwdGMEKDC69cWQi0nYUxvpN21uIZyq7FmAUxhhUPsYMN0TjTXUDhxSw+wKD8UVkISJ1aW4rr6FmQfOubbaPjAYB77O8lp4FpKeukqIFC9lcD7h6tsfLGz6KCTddC1Lh2KMhv151fJQtkOCaI6LZ0xSjxlX4iycULyLxuel+toCxlcPK4xDJ/peMDT+cEm5mk6g/odeDQz5NMihN9BxyDMXBUJBIsHpEqByRFZwYdYjCw5YID0vpehDpHbOUzT2INEuRudUMB0UK2T4H4aCZg1Jd+Rt7P26UJSZK0E2gH5aaMHOqa13SeLzOq9VidH4LqhQz3YBH74YoNNja88YfdNxKqTaCYV0lh+/lI/OSU12iKGPzkktK3+ZGd+fnYBeMKhJZ1gW7wztty7bD1efycrvDlPEhLOu6voG6PAYMoGwANkh0j9Iryrp9Fjo1HFav8kwZmIUw2sIht6DaHU0DSBp2wf7zVVldUANnCklEX8a9BEJ29U0/OwQ2whOddCFwus/Cf2fycvM3GpguuNnFkDfEJIGmXT6cZJbY3dcm3nSl5ir9kjE+9vGzlD7HIQp8yLwuMSzUjZuWZqEww9Ul9vMliOGZ+rXzYISgOImvDDsRRnRRGoRgjOhE9PilPX7Vr/lR6jsc75+hc7D7+NtINvuW06gRakSXpDsQT9Zw6Y7uLhuA+FNigMHfzhyI37/xlOaawd+pHAY/ipDnkUa2BYMPxRoRfOtWuDv76/GQPhXCu99Cg9gWvrvxtA3SLu/0PF2ZMEf0W1KTk+Xz1zhIo/+Jadce/FDkEUnHFtHgjUfT47dmY9M8jU0zNza/pRR74ucexi8nsqahEAQwIpRqLb3b3oQe8+waC7q5b12KD7ybpAKNiBPm2YOERwl3RBWV/G9ruvhR/GCNd9iGS/rmbmymBw74/MCNP6JL6h3m4fGNh4AOQpQrFYNEQ2/8Vh3WYOucONIbiVKoaZ5i1D5GzBEthcytegyfUdNo5CBTvUjO421Gutdz4Mn6zrLAGRGGIQRiRAesOPs8fJatp//iK/giIlvlOXFfMEakfq1vKXQR2YjlSiGLSEOPnTiOev+9SMg7YSJSoB7WiDhLwc11+fgiGvETGEFGFDnX1LbinDyLKpljtkaHrvADLliUfVsmw0w4cU5RCuFDi8fhzyImgpCYuad3Ci9mKa0q7jpAtf04QiTLapQnwR1jM75z+uj3G3gdH12RW0WpLp7gSX5RGPS/JAYigxn8FgUopDsrZLKP3BiPj7VBYbqvVmLyHjb7vJPefCZbaQM1ROZRUN8a6XgNTNQT8ml8X3+2MtBRqbCbRN0TMYohL0P8pO6JSTV4Z9j+YQAi1VXab14Gh3XfRplR7QikQ+qLV9IUn/6B1pcSj/u81qndXWHacT/X1djCWJouOSyN++nnloSUxl5aLQ0o88antzDKem4VLhjQ8pt9hfU2NI51M5yNPknqfaUzxdJn/1NNyMddH44I+XqNQY48W89Soaazqxs2hHiv1cMAyV0EcW3vcar5PBmRcqXDUtPE9K9G20PdNHyB4nyKeTmppVrwB07ztyBx+Fr76vzV+0bVx7ChL6I8JrF4/XczlZdmgPesSGLQ9aQDeGi7X0UzAMAZu8hvJD/723/MBXL773OmW5HdtAW4keAk2qHcWaEXHbOcX7BP2AwjGJmTrH4XGru4DL3I6+zcu/mEhky/YhfZqKymK9QiV1eBQ7vNnPsqD0zkMkU2eQI4w+V458/0GJIPz/qLQPN5v7iw/wLVoYLqwxygbjI9/WFm/OlZ5sC2Gpggm20flhsPisCf2eZwCHXixOMJ0tfBfu2RwyNgjl+8dte2yhRXtd8bhdzDTlcXtf/eFfzlhi4j2AwwJRjp6gTYckqJVn+T87ali3xdP3Uc29/fcRN/6Lmf0AkLiNiEfUf0H8Y/jsiOT3sGYfVzlct5NKD9Vp34Iwr5ATzn/iljK50Qz3Mhca2gDbYcvlKkDinsUNcE4ONdfwI+7iSgd2Np/vLunMQhkyuiwQz9EAY03wFpYklq9PwXb7g3scFZfW7vp00vTk9AQWQFZ4GbbhK6ux7ykA5udNtH+0BQGiTdYCgfJKe/QlV3ICnqPR6WtiamP1QK+JRTGtks8ERhhIGC0+bqxUI3JFspECCRGR4R818sMs5ip4iIXXlOie3+blgVYU6nhL+9xPzGiihsLUglKMvmKyEF14DMHwopkwkt5qK9cAIP7udxHoawKhGazCzKLLDUvFx+NXT3JNau2W7roOzx9Q0kpk4m6e9Jc3xq3pgtbYxeqvtQopoLrLjUPEW437ed/TsgCETTG6Ka8DwXdbUYBEPTthDzLsiogr+yoarpwlSzBCg1fThqutjB5Euig0hNlVebbuRAUXN896CsglubYoc/cW/QqMkCm+4WkJr4MDvmcWBRs9PCqoub8hTySpx4cVoVgaaZZBFXzl5oRSYxFIjTDDJPFvp1j1Di1HfAaHJu+3f3Qw0azZkIdpkYkn0Cj6ZyfOnk1N6L5+c5hAFIk2NZJyF1Ax7NI8N8guFLlVXt7AjgaP6gIEJfEThaiCFNBzqapSGjGSFF05+hGCua5TCiWYswN3qDmYJcmGj+VEiJNMenQrHUnxvUQk2MPqVyNysIBATswnsuj+1pVxBlQY4nVTAWckpulwI/gTXKtOhzzpkTwGPvDYeZQz0ABEft0/XI/k9Ump3v1kmzc3w9KNykdWwKKDWlmshoeSMeFerEV48ggGpeAICnJqJsnlmm34xJi/JudAbE8qBZHI7iH0Tp+A8Sd7tEYBG8AO/rxoN6CYwAALOa9yjmc3GqSbiIlgWo5uXwq3HAqLndX87jaA6Kmlv8coLrvd1B6X/QmavF9zw0Ykbgo+MYo8J28k9lDz/MztdJaZxxP2uE0oOO0ER7mQVS8mMHsZR/oIJEjO2jyZdy5iq1Yh1nqpfKIq3akZ/qSZL9CK+386UnnyRliUIm/a0EviTdZFkx4s3gx1wvd1Yo1hAUiPw4Lkh+tF0lyQ+5+rIecpJADDv+DjWTeV8qxhJ9dmmSRK8kMCy4nDq0SX1wYoc7WGFK4DtrxYOOEKx0HicHoqRyExeqIdd6bp8TIjzdlHEU5tidNHF8ftMVPhdYGm96efJXHwIErGqUNNSPqQhxjJdf2xgfSuFMWB1pK9BLN3VJHHyIBmKUlow7w7qECkWyZOocwR8wNndNzlKcoDIM7aXAp0H6CVj2C6YfypnbLBAvcujmSagMBVsFhp3nJlWqjgzuU6cSFf58UvFKCHBNfso51YA7IZCND6yzEGSrEuq0ejydaPdqsOFQgAMQZQ1dPyQat1LtdTXhFOeNcqluppNoCD/ZSCUrwUmHbUjI8KOG1M04grOM9A+y8U8geYrQX/tS1/AAI3qUVFTH3kzPBRbRhtCGCX9690+DnzgvRkM7Rrl+DPzNcxje1VrIePEfB8ToxDNIcrKF4LMCn1xlsSqAzVOTUuyuP31qvqfmA9RpbsJWyPY779IOMU+h8blNhEuqjiEbtZ7gIQBXo9Ra3JlqA/oxWe2hBClEK83XrunsGrN4aoF0t/bjh9JTKL3IjbU+J6S5MgY9KwgmbzQnAcOlACO27xPWoCZKUdsmJOqfNcA6DHYz07F7yAZIxGefp0BxgfMp3S1rsc6QyVqUFRbSM2rVe3AabAmmpjYUaKV5xO5dTU4+R3Zrk0W749rwdCoMtIisxYsEU1XRfFZEOhxSEQswLGA2vQtca9jteBWvj3rWGG51iFtbfFkEmDQGV0ZogZoZOS+cyxCHOm0MVY84vguWOHwPZIQcSnoRhD/cUo8tDor1mFHOrjU82vUTZHln4uSG1fww1zbPMfRx4DtAh0AO83R9hlweJSxTSSQYlADVpemTIMlpk1j4RtDSw5g8FqnGlkM4gg+P1lGl7xITBoDk+6dc72ocnjQbXL9XpgvMdkt9o/knGEMvxJ4iklKGb6Lw8WuNSsYBD8bh2IzS1iFm7LVLY5OzrQogKTgYmMIQojC7EpSbZR64itvsdF37WKfX3uzQkWNgBrk+yxY/vSoQcSsT1HBCRJSk/hOEZqOKtySEFRJ+d15H5VcfgB3YJ+QsxvKpWp3AMnMAMoZRVUV77lZ7CwIuknIIZmh0NwJfpeaaKi7DgDaYJofjUGxLxYiMEahF6eoH5OhGA7M4jPlGFBv0gUw28IjW+AZwsdk5EojaKpF776YYpwCB88wb+NDSq4JrDBd6u7W5QxLpESRzVpio2stHTmmPRAF2jwfs1NlmOTS0amG70Hy72OQ1M9ulF57P/5g9etbV1yQr24LPxdv9I4ZEBsi3cRdms5UdlsnKHF7IhpWHFhbKEaBQHFDe4AtR4npdRnzNn6Hp0imVProB6vFFTFAwbLb6OgKKjQ5r/9DYtZgCMy4k+YWtFnRbBPLCvKyw/sJqCFISiin2Jjslgj1mAlBVieDKCgpjJn7PLZYKlRdsG+1lJryXimNOtD7zFg9mnyJNxZYbvISVKQCUGuiYfEF1u9LGVoBsXAFVqdlT4TpQ3+G58LctAKtlDUFRCVM1kqbjtKmoYVBvhv15UKQ6yhMCFOsxxFSeYDxYrS03x5H5F5/vA7b3W6GzRKvi8493S5BP3IHIRZJzHD6F1gXASiOFuXvgEnOV63wgG4JjgnLVz3CVzOaJVdrz8XjkVw0IiUmCmwYe1MQeT0gS9hIXsUhaWMeDWZEqcwURzn65m3eKHX4Az4hz+GXOqrppaHq1B0j6Gl0/uQbGWOBP2XwyGr2VyKF4YCPJhFHdnVPIcTmOyRDktHKPGnWKKp2NqYOvliQ+sc/fJXSFggtDEUKk0+hiEiFbHTvB8eHw58H93zkmpNEXU4c6DDiuiijcaSCN2MtQuEAmeJD5KP3q/udEXCGDSlcJPw5HQnRPIFQVT2IPFKYHpBrLM0k5PgMZPDkIWqo4leGmxBhqe6ePcNKiKHLu5K5LAzH/F3E8dxCfvk6IRBN3X3L7I0K9NagsuBZR4CC1StLRUg3dj9lMcZ5NsjRaBKUo+9RsOfmCf3d5brh/BEa+EY5hdGlu24oU/6nvQKyxxbIpPJ9N2AaO01GokRIrA569GWxUht2Mi+IA1ZfH1b0Ip1mtHS4Ud5BsRR+r0ZR3L9SPmJe7fCivDzxvQlbxcbFeiwPGlKAPXw7F+IjEVlmxKmQpnvGZu3pAaQWWog4f7ma3q3EVXtZD7FUSVC+HvaQWuL/0AWLCtfG5YGpU16GOxBdkJuQGoC04bxuTG43MkssjKzhAQWf2ONt2RGVKJXaJEBP0JGdeFhqjupTgirK9WSbErSSCSg9C2PFmr7OIs2yfrWKzwWNAYQuRnb/qyZBUzCumFKaEs5RSu3LgPcz3oJVb4kbLOSjJWBP+6Uu/AfDlruDtmXM61uBS2EAuU31P5TePukb61SAo0lWUFG9vTwYwfQcix4nF9A2JfoQcBfSEiMhrv/XO9H63UrWNghT5wLPZxxMtcImQkSwvnrp1H3KYgfFeKb3LczKMoDy4f4R9Hw7VRcLTz6PRo6+FsK5BbT1y4GQ243B7s0xSyUW1DxUfqWSz5lBCzv2spqvoVT9ganb7IhZGJZrFUCXYG9JZlgaT/ZTTsAydZvw1KpFaPLtv5rZaO65cFlNxN3XJS79rwsjYr5JkpQCurqLn54bGBaeNuORixwqd8QSrynjqMOIGL3wj87pQ+mjuGHKDfUa9hhqDbILX+fKFoIHCKoVLF69nP+hpdBKLgxb7tUWhuQCZP2anUvkjGwBgHkH16oaXZZC2/nELZg+p7D3CZ7rvP54+IEJkCY32t0cIXWREFUW5B2Q0ZEXi80xlvLbmkK2k0kOmleTyrCQJGRwBoZwljPGIxgzDwTje7BUg4KO4qOAGJgvQCBSulQJmabGVY8IHRa2CRLk+yp4BO7FYqGJ9CXFYXcjCGkD4pzhkxmrFOe7WPvtpP/ddaMS/Tr+awcdhHw6guaiZA8dc5j+E88mlWjwof71VrgPH+/DlAPw1T8jxOViK6CkgfkM7Fgx5Bx8Xi7ySR88ReAXRa9NUg6Cr9rnAKst9ox0gVSerCdCBKKF2Fc5OoMuQgx59IDnJg0CYC79ibxnxV2xLAHh10kev0KlRpv3J5fMFwhyxM2cKViqV1XG/nmd8LPnzdN04CUSjsxwKu4iRPmD7iPlw7D2UzQpUwioy83VuSV+pG8tk0mdiEQr7XapiltfKObcmCCuvLuZxsJckQzmKEB7p7x8QIJIe0MJ2/LODadF7ch8bEMZlHwU6rIpDDQB4CCcdJ9o0bYEh45gr1inU1yyNKIr959sAjDvN9i2AkfOOOlmnTX3JeQoWLCUZwNsAAkyOnoNa9T7KGs/ZyWQnPey/D9lexvilzqZH1RjwmR7E1b68X6HiMO8yoLwQ8d5VZMBbOOazBwQpCSNlPIM8akYz8p8nogykaOB8M3zOZge98h3fgo5bmUKMv8t+HBOvVw0HQ7wYVw5cs9Zqk3AeWJyKp3uzUShu78IRwhsCoHk1pQkHUJ+jX+g0apPEuF+LDBGSgO6kIPPpSy/UPG1QwUq6yAnSWcok0N5oypGF6YD6piW03/o02URI2MPQqsC1nEkNM7XLGfKu5pX3NRmQaxv5aa/LACNs/u93Qtno0ykpsC67iMirsZBeppqlwK/cbhKAqjejCNNwkCy8PCw+Bnw0SJU9b83r51kDEMO9fprYOTwqf4cW+4RP+pRPu8S/jn2vs0epz7jMZ33OENOvd7ncFb7gSld54w/gQZExRDscuS+6kof6gTw31WPmQ8AP/Lu6WNXOPReExpwxXZVPY6qTJbVcWGXccMgLDH6znCnnxS4V7HKKbbNUeW3OxRTSph5dopilbjq76qnJRqFGQKmDw1xsk0kKAnME1REgRj7x+fGbaeY9iVLYvLruICsUkslI0cpaeqpyncpKA0gN100RajI46QoRDRqMG8UloclkYed8d0sgvHnYLhkfcjigWDTDPuGnoEvIduchWavo2a2S/6Y2GNJ4B9RRHXoKDEIFA6ESs8ArygTlcnW22fO8jCyDh9A9Fs5lA3mN4JnYFXWlZDd8wDVaPdgCWkEvi4lVURoaocnghNfeD1mpQtQ846t5xZCr5hgL14yTGPjPSLkCfoqfJFRNrte41hG6Zo6DLHjdxAPhroViXa6ZYRROlDIIpRzXJc2pu/nyRpijKhAfXQ7BcU3zhM2LEHNKfzGqzoB3w62REzd99d74iwEb+JZSWc+tihiOMkTkmP4+wLrYysXRk/3omIWRbooXRbXKvKoNRgldYGZfgyCiWg1mMXv1JB7wRD3VtcQSR0uWQ/IKA9sxu5n8t/XWldWhldD4I3DdbHDI9snmnTeaTLhbtywqHLppEr+dtyFvm6O93bGOu26dAKThlv4W8Z5JAdVxC8F0fF6D0Tru3C8J2PEegHV8CIE6bl1YWDOL8DlSAn5/RVhFq+uhkgsiTfaCVG/hJd7w1rDOfafd3IBKQvE4pI9AHgfGKhJlZlKz90aSngy6C77fGUWeC6uHbPHlxjR5Dj+0vD20LfP9ZRSfP6V5Ji/4kIRaPl2u3TCzgRTQdtIc1J128kAN4ZBOXtOiCao0pzU7SQK4eyl8JkaLjf7cQVieCRt5Qx4n7oFXjBtj9oNUF4b3SS3gtyr6SlMeelkjXcvEqkAWxH1ftxlYGlgU+XVPxhweOmjDSO6iiOqy4NPuZ2kFLmpIhiq7vAMa0NYe+a10puc0nruIMzXcQ7FWRraF+BMQGEuizvrzaVgbPBNdesjj6SAiUUVYQlPe8NRAIW8iuo9hpEhAHkeYaqL6qggtb4ZRp2MS3Gcu+5yqpTSFFIb70puaMTOJFnQLD4Tyy8TgjaMQg2ZhW/BczMYJCyBn9lKA3AmEhLKSOFq9E94noAZciAgg21It4HDQXGmqRsXjK3WtpCn+H3LKpewujlbWZXsr5w8Ad4MqfChsdM8ltkdcagXolqID2NDPrgs4AautXqlebxeFDQ6m0GZMACWt/mX3GJiiwnodayxlPndbfBOpYZs2avscHw2s1N2SNiB57oNV99cyxOou+33AbixSjnsydp5koAqlE6+yIxHes1InvDaah/CKSaes9sVlXKDNiM1dLeLmrWlMldH/WmFL4tL527Y6SKo9AY/t+s/4pG63GV8MV8xW23ZXJh+BR/a81ISsulfidKfZYWtBpOtd6bx68DwVBP/YwPIMCegpoWU0s6/ocWyU0N6H5D8/MUZLkfgkLLJ3fGFETbg++alz+5NTiu1vtdgvK6rUaCfJJHy/DUMkjbRkRVhd2y1TCFB2qmdvFzrtbseCUc1Tn7vT5+btPU+36B2aM5HRuz0EmNRumoYujFYdlKPB1biEwABQ4yztISBCL8xFxosP6p2l+KWYzBy1mKgTkyOA5y2IUITNP7y2kPVbr5dHM5cZcX/nPeL9C42o5IuYh0mv8wIgdkUTm5hETAknn4empl1KAehjFEUm5zM7FQ0iteVZ9CL1OgK4ITjP6eZLeRCdeaBEAU9JjdZKL067keRdcz0ZQmjqTliDxPHoEOPpAD5T9Z6LAwJskbLY1O0pzwJDbwq4qjN7yMJhRwl8miWZBxtieyH+TqXGU2Glvk6DSKlUKaDKCFjpv2cqLKmkATK3hqBjffl9hBxzvaZMouRKJ02hLheJ9EJR1LwD4pBEVAlPQ97+CD0FIyui1b2JFN0s7JNpvXrOH2vHH1GhrET8HPhmtmqL1aE7DGQr3YKuXKHdJDAQ6mz7SgRC00GxgyuU1ShfX6V+CHIqgIIp/XwDeNEWPHDix8Z/kBEx+e5UHsB5X0yZi2ZPAT+9rMyU7WMNwM/udi2n4/XG0NTmNIoLNd4Qne71E7cB3vsmf6qq7apfL40wBxIqMWfpXDtAneWfAqCwBuFcsHSu4jeyqVhV6jEDwDM98ScKaUSlMnj1BF4wf6iME2r6FaWLgb2/8qaoAB09yjM5OGosIfUlBr2Z6QWhNxvsJTv24lw6gDoJ7EjLctWuQxKqecSCla2awxog6mPj2iksLyU5ERtfcEZYTt8NdD1Fz/LYdCYEdpxk+UZJ+hzEsmXc1TpiC3dSL9zRZW/fHVl1dSysD2BwBS9354uq/8QSA2DV2Y4+hlOeSne5BlOWaVTJiIvRuKs7/x/FfwAcL8+YAy/XGrNI/jIas8y2KplW52bt8dZB7BiPVFWfMNhymKXLQe/MjZkJTGcGyuUhX4DRGSqBA1x0ZkuTrYekak/bNo5i2wW3N1miermUirVRK/N91zX949KZA8Ah7RdU4eJCF0xcOmYhFi4xyyMcwXY42LQ0liZhXmm5RIg8S1sQqqk7ajmjw5NDWqU37UGo2wN1dpByvcn9iqVZInwAbc7goBIXW5ogS9/hHrqPq1CYEguTep89ichPIRi8pN4IJduu2rBGRiAOzqQzykGWGSWDxzMlmqYYjsgWM6mQp92Kw5Zi97RAOFxeaXmhzykBl9PflaAQNEuIKEaxtghyju2Uy7x5JsHmclG/AF9ybNTj+dWLbxsTziv93mGJ7vg7JQR8pwQC7ZSO/GUZYyPop5EIllPCJL48ndOGL/C/wzYcAOmKPzVXGrdXRvOWZ3B5ZYWQcIqIdxnBb+r0jbg5Rj1bWV/3WCdA5YTGlZTdbj/WMUJgzFSIWyl7Pf7mgODPVMLtT8pdhTFGasopGVAMzE1dE7WDNVNrikGaqboLkJlKqIWkDKshJmgWsXn+v+L39/dpLXnQESBCPWggOiopEf/6XRCAKlM1g9n+FA0pCaBGXYWrUYjX4GILjb4CzNQ2v/Wyd9aqFn9RhvAK0GtImSrlIcrF6DHlduBfikD5Ai46TKm8Opubkv99D1cD50WvIGhG6cvohJmjsPg/eIpsjdNVk66GBIEZTvneGI98zwXfu0KzTPC0Zv77nvCkpzztn1a7jSb4V/RfrfGMfzvz94e1/ut/nvX4OP53Gzn+92/vx96XjntklGOb4wTHiY7Tstdtg4O5v0McI45Rx5hj3DHhmHTUjqmgPXD8tO8E6SATRByzQd7PBZOCs6coKARu8NX379cw6Ag6/H9sDkEpqCQu3HKdHDJP0xLJe1M1uUBI1CyLTK24P27armLTyzHWVo6j91U5eulRzIRAJf2JpEaZ0pATHc0jn3ukFP8LT37VLKUGJ5H9oGgmvrtdLEXfn4lhWwvDFoClOT83M30b54DWuT7/PHlC3CffDvHlz7oA2aqDhgeHt2zI9cV7Z8RakQQ8o9zXEc6e0qRJb4Lggae5ctPnY18jtCEkaycjg+Q5E7Y3CkkO9lJLHk9F8g8LygJlrSSs3BC6PhfAuk86EVZ96FardPSMWlSH7olQk5MNQ4JjVAqQ6LwSda2/NzUKI132BagtATq5Ik5iOC1gRfkgGiULeoIpwR6B4Y+1DqjPVeDeO/xZolQTz6Rn9IrQMT5mmfGsh1pXQ0DvLQ8uWVPLm1vlG/WopgcNReIeM5F5Dr/nsbdLMDnYY8BaT/BWQau6BDyYaqf16B4bJMqjYCfRmNxQ0I86UMUTKC/zDtxT2NJmn/hm+/AdAmUuQqKNOfGSBCBXYb3eacc+rLmPXy4xUgQEarmA6e5IvV+NRFGsS9a4IAEibXQ2lyFy3V6ITE7b5Wkdwg70MJb0oKtVZCJHO8tMpxVNCRZ0n8NzK1ghosAjjayboNc1cHLIkLnVo0qqR/tjCMOGcslc4F/5y7sBjbKSpGD1ULAMUMaxt5p6FAAPvJRiZL7AawGYW7dOGgdNkOPSAMmHU8E6VTa0AhpjjXvW2efWOdwEd1bnUGIr9We+KVEvVxdP+PkYcFAOhZ0tjcokuZMKPgBxAMogOs/2mJfhMusMpiBA4ui0SYKmKggrqy5VOGREog5+6JyRNuaKNPtwdi5AiNOxpv9ZvG2PpW1aAvKjJYnSPZ0okbri/HOJJJ63LfJY5GYOAhlIjQEvEHatfstzrkgidcfJmUoLp/qByKvfclY4qfEpE10307TlnG7B10RDaLCgUhCIDlmc54ggHiCKJO40UgYhcH2S89YSjm5h1ORaU26a2oqFDVozsfwHLkQhTJxKbed4f8BdoYXAXlCw3GPOJtABqDXnWo/UW/Hjwpqziwq1cLF6f5oZY2M6rllEGkLC/yUQk5G1p423hiQq7nPxyA79+j/24gteIMrjVjt8j1+xeP6hc3r+YoTR88+GP6DA2dudu6J42uVo/sxtdRY3nr/YFFQz1EhZjjB2BM8OiTPBmS/Sv00l34Nf/h725jYw7jZmUII4Bxhy/XMXrDc6jKnaJFHYkjvNpHgybArr1mO69cOGncoly16s+7Sf24QBh9kYKuWFuuTZAB6LXI5DpA89kOLzs0+pfXFi2HAGHEkNJ55q5cYvW7gz+kcdhFtbH8uOP+4BBXLyuKYbYMKKSSoeCoCE2ttBp8EBg4AFgJ1lUSH9ukoR1jSpW+UzYfXDelM0JiViOtOiDMA6NBUjBO0YtzxE9EZKWLIwvPF8X40jKl84uWvSLRXYSlpmSXH+FAlE67n1TONlf7WkkJHL5rjtgjhyC7Ow2sr8q7aEMNrthdXrzrXlBWnutsK95U+XbFoEIbecGOTR0Mch7ns6Fa0Vj5HqGWQaoqEH43rTNvUGZEfTnntppnK9VwAEardUPreYLgxce5Ex4DwWW6+yMXgtm0T2Ca0DrNkP+xSHcsYkX93hseywyJSpGPI0BrDQSC4Gr8bOXBsEW7v9EOCiIuhvPp+UjXYeK0rPRIs0qkiVt+fwDFx+Kn7GQ62TDmjXpyFROvUu531J8GZ8RExVrx4z8xBnn/opjtohcfW5SH32nhgcwghiyOTqTU7ESfRVAvZYHLArL+EHd4wV+4uotn0pOBREjhCOAfwcTz730djhxYoybi2YEQyOMHAAqAtd44+KNPC3QZYgMTreZcj2zRiyrY4IIzDG9PlYveRkgg9aAcB42Sv5EOBtxlK5L/7RC43e+LyeAHteC56tTf693riEUhRGiiX78ZiYXVGrTLUTNq5GQJPWnVlNwHKGTje44LQaVHRZ5XoFAQTc4ABWIJGo4IDOX6OWL/1BOJi3k9rfa0jfOHKU02e5ym80uVK/WknmYJ0k6QOEEAxfogGdcVOPz1pJhM6ov+Dxj6vMxvjDQc6J7azL7sGSjF7+Rcrpffflq0VGCMxvyOOiU8bukHA6bhh1BeKPoEJAMPoLIY+v4ENC9SVTosRzZbwUCPfYc5xKl1YK9bnLajVirMiKOQ4s9jtzpb7H3f7schTYXqwn/amY8MZc3YRTj8kQg1xnTti8lvwCjXeNbXE7Zu0Lfsa8nEykGgcFRsqqsyi4W2UsaFz3/ZnievDLskXSjP5PzLQ8O3a6HADHHm0BcGWOLQpmaR61SndmmLCuCdtsLgBKUIr3qELpPlmw8o2YoipUsBM6JL3H2LuLFDp8e0KZ2EzAnJoZLlME7BszTs1BFNsq9W2kjOVU1DFfscQgpIRCvkrCilTvq3Odsirop4kRXT6wpD/whglpHD9G0FKU3bedMNKvZdQUXfZfFmcAYPjvkdtlTVWnJBD+OwgTfOzJo6OpQzDfGsfwmyXKzB9yKM/2kAlQ8C4huqVfbdzYds4H4UdIfxSX7qmukF6sYQUUhSJh3TUY+CF9J2UwNxANvmYm6c+3tEQSJXUMBArDV/Btb/cicg5izhPrIlpTymYRfpIXVMA4hWtIvMunvp/iZ8u0Y8rGmV/2WELvI3maw3typwSXVpl8nCHkKzLmhFzOcInU5wlxg1dHUKX3jZq2QcMkGtrblGv5QJ/op0JGEOXPA+V+jGdN9MNWBTMslP0Wykw+CjHxcTknhJ0RzvYSRtgq+ZYIwd7AfJ9Hxh+1iLgzkWsOJPAwV7xzah2vCi9AgoqNjbTCcYebTPT0ljJgDNZgAnDSqxtm2ih6sRK5QRRLyiHs4FQLcijwuB7m6b5P8ujQacmaVpR6+DJCTs+aBtg02xYevtIFAJ51Ph02lGTSIclKHIUtU23CuxwcOhxDEvjVwlw1QIFwf8NEr0aL8tidhDrDkq0pcTYI5uZ7FDjmdIhf1TI5Af61oaHKBQIUje6Z4KWNf+aRAgSKniTcXUZpnouSRy0cCLdrb4DBcMoY1AkVeXT+GW5vkOnlYL8RS8JGisG2RwXMOB7rT3sCauaehdOEzCgjXi0vnFOjC51Vla2AMTosvvkIizqkFqg03mhmrWmfk2LWerQAue1cFwg/GziWtHoNeN3FtEl4Aeu3UOspnrrfRc0DS+QoZoLdQxhCjdDboSzY6Xka1oRjJYXkG8uGAbycSUREg4HplwCs3aI4hcAdIOx3txDAU90QM8AehNGqfAYva6NQvgZFO5zthyhixd5fV1Z3r/LAs4fYhMZkOTqhJcyuN38BgA8+Ftt8B6ZHRPwR62v5CxINtOumiF7+SmrnaxRE9p5i8lc9t/ciglsygHsPsAYV/ouYmOB4TxvKX0UR+Uv7LosIs/FSu90xXl17Uj2h1VOMuvkiYLzRyeZ3nOFohzwJa/HfpGFh5p+FY5Jz0rpoUArrb3dW5bTQU3WJoNxPiC5+CcchN6csqHg2HPR+YrwpwAFa4jGPPI9JruAVLX50KJ/AkcXsQswpl0wNEVwu318QB3e5WWuvPCI4f9XrN7O/VoNLruYWwbMdEFIOeGyTn5B59aPhvOb58yBew0NcDRyWFyu0toS7FX22xvySAIwWlBP6eFOzeLy7HfaFhWtUOpvNg62J2bdFAD18/RDz/YgDZ1GZGEEZHHZzuYZJLuaqOAy9GwBua4JrTygz+T9PkMX1iKk09LCiWIt1WEzMYkuP0t8llUVqJ5oPFyNXeiGfBg46q5QT317d3DUbm9/YJTVPZsPLoX+Pc3U8Ioqg7VlBZJIkvwEvTB7OcWUgmpgN64s0yDoRaGnhsERVdDlHbEgekZIRTf1Mp3QWYsDsAVzQppeaArOsBg8Oo4gCXmCPZaAa8bGJuCD5JDou3TJ0YgRqapq9dB5T3QSFH5I/rDks35CxroCHfYMwf6KnrCKEi+8pCqvPVm5NRSDaji3Mc2Wh9gPVuZ8hTNLCctI3E8k1NQmnxsU/OEwBE4TL3sC6wgernPRYMxxNzFK6Fl+7uhkRcR7TMDpJFBDS1Z/tOLVCK0DPsE88GQW3QsQxfnYUXf59gW1C7BX0qVqjfzlID/3Uva8X8NBBVAk/ThtxF8a7VofEjrr9Pyr/4CyGxOFzWjpN16zxA+JPo89kY28AdE5tJAMETpRYdwz04Gx+XDSqDByJHLa7BfUlAe+aCKadIHVHnpPSZNgydnkKU2OKcdiEXnJBVVAMD1a29MQlBlQjaK6goHd421fmFI5hFQ88mmjy8vKZVWK3GeeK8QP2ZWRfpm4hvBRdvhHQUHiaJm/iR5HEFNcHgeFyxDBg/3y4aI3Kp/HKiMnOxIOpYvkB9B2kRY4UXl01Nx+A8inR+58LQlf/PCwAs8FhXTOnVUNQ9qqCjjNMUSGYO66B+jNWv8xCrBKnNrpfOACQE/DoUkS3MHU+vKl3/5HISmCKHYIff4Ow1WQ8Yhhsh+skRI0J3b4q5CnNVPU/SatXqu15n7DVz9yMrXV69JPucsN9BR8hjJYOoHqdRQJa+ewniCgmTnGqVmWMdSSZJKlonLebJowTMepfOm3XTENVzkTkOSu453M6egJWTl+s/F01j34uIndXpf9Qp1DKZVKT32CYGAHWuWLrIhefi2z2LFpicuFa9EVdvZ/Mjze8qAOXORQU0HT1cOZZY3jyBRF3FTtNSm3aWTeN5depgt91xWVi7qnZawG+Cyvnn9Pjz9/3+Rfgzb8ad7TZsB4fY4lF2c1RmcCGRlyFEbz26ZRs4pRuiIz6i3lzAMVBtjLVEV55FQ1KqmMPKI9VVTdjUH1+prDajb9O7fNiJlwCXl09MX5BBr9z0yI983TcgDzRYdkAIZTRSM0UClC0cydMEn++S6/v9MzrRzzx6wdBvBDHa19+4KCkfq4GMolKqGTTd9dkpmWaOLZzfGXcEMf5bsfk48t9Ih98egHS6Rmu65Go8d8+0pz3ma88VOSNkC+pxXch/ipNxwhLh5ipm+ULpC/070VPwifiQC1Y1GppC8isJ1XwJVbwnUY//8QnmZXVn4GMTcGcetnAbnt97EXL6vMWXRfl0pB8xe3GSaUVlQ+SoaKJSjQ3wszViG/n7OqsnFOC+tGQJlx9G7ixT9nP1ecHh29HCEgREiKjlQLCm21c3B3pvTRE/PwtlvxnG6CkK6QwLN6/E3xW2b8nuHJOXQZwOt/dLAMg/sonV8jGWZP6xtgYOxuWhG7LNZfVChfnUQdpz2a3AT2119woALzMq0KSwXPFgDxJGINiJ+mtNlyUgWYWhMNKZskXl2+LXbQkMUE/RWGykSDCM1DFQCOrLki1rZjiTqu7yuau1IxYFT0ks1FO6/Vk7TG5CZNXzExNZaKJ8DcNTki5pGiuFlfijzBjaK+gosOevpfcXHk4heq/jykYzZcM09nBrs5uUq/EqBsO0VcNrW8ZuokqV7x/GRZPfoiptS83IxdQfM7QjhyQSaN0OXd+kvcF4O+YLsKyZlLuGSwk4pgoPvctFEP1bMv0FaDkntAAs411x0KHoGwlez93el2pY/vrwHslNT8X3si777uxIqzRy68eJzzTkKm5sh/U4kvcaFYl0fN2qMDvrz588fdZQ1v97mtWXy3+A9odgaBXxzsrd0kGGau23KkwRe8ZHfgx8JOhP0ykXTTLnvTgQys5c4Ben2jBx3YDIwGnxfICIu/AfSUM/+0sqNZc6U0W/k4NKtJ6bH/P1ES9ZkH3kxpNQ7D9zIAWu+4Wa1y1/vhujuv9ro+FW9sB2AAzVRSIphldJ2HDZrXh+bmWX6I1Mvvi39JiduLy4am9rkeJ/HMn9awm23f9tb6aayBC85OEtHz+WFSe2PzhELb9eM5VirbJhITJDREftGbzSSCKhWf/H+t7L3k8PomKenGfn7eHWKr4UZxTFML4DzYuGvCOFOJTPprbsfHcLFOHsMxu4n2gCgkaErsgkOGLIIFKFGQpQq7JU/Pq8e/wcfKgl9m6G7qoOK2TGX5mKyhZ8gOhrAq4sN4wyCp/wefGTZ8HIs8kglxm+Ra7/JrNlKBZ2Drb/tQ34EyynFw8VkRonvK5C7DmKRDMx13hPABw7NxnEUlnznwAmIBdMuLOcOs/XeeHHxgOg8rFaVN84ZbBE26FwrvkP+AbG/CeuuYB8JI4iUpMFk2CY93ec06ZiOHDQkyCAfTWHLoETX9BVL3rllM2Kaq62+0ihLbF6QuwCHlDLbAuInjle3S1W3qDq44kgqJ2pd7JOc9QKfbg44dq6ZGH5rwMfpk0Q1rBoCIZESCR3HofgamwOWExVNjmvrto4wMuzl5eKzbhzarb2aYug35wjRmFlji7t48AcCpctLlzOrczI7aFtnQeoSlkaxdcld14liZRgUvDUdWL2dbBZDuE7omKJ5u+sj2/ObzuB/9su1rO/ACOUekZDW8Q73kNef3NGNs7ev3BtYVoI2mztVbjK5kpp+GafwB5j1/uhruuOUcBvVFB27sMRMeHon8oDEmuAagzcD7p+tRDvkbIhnWu1wDklxVBtHBYIJMkDJrIN7LcoXnFufZgSZJt5mE/VcTeq1sRNFb9hU2WgjJ2KyEZaYq1T5GYcvj0olBHFg7HZgLMtOkdKas9eUvmTjMkoO8v/ejj5PPkll5wJhmClj1EXsXm9wcCteP64bKquncV4O2uPSU29gNa6FDX8p5/16vAG7Hk3otwkqOuPuSNb5IgMcQdV5ZIP3qOG0pgnCSnDGvn9ho32JdvTh/C7iWxr7424HRGsu3bYY0Z18ukwyqhJVYbCtUaV/IXw4gp4/w8ZMgLoGt6jHuSkDxx7XQ+TeIWXHhjn6RCB8pAL/wFhht72YZ9jN2AnyR9sy8dNZTsGmHsr3ZjWzfzXyweg3cL8Sw0eaAOli4UAM8bTl6Be2Q38E/tLH8J281jeeChojmn/uTOW4HbLix1bozT/5lyTmBMzn/rYB3NqZ6l4T5co2LH26aIlPYsOEdwpP6IZkvN7KjJ68C+spzih+/GNjvd0qNjreqEakEqiw9nvDrvy93iW9HV3p1U9qmTXvoGdncW4Te7RjOpHBXwRD3An9Mg6WO7PK5EqkplUo+4tn7ANyFmBnJG4DZ3ehDAXn2Ia5EX6pqbwBaUZcd+7guYsysuW2j6pgkCDyFPRmfCWYQUajAO73MExY+l54Hn5yCzkc8KZbtFfvK3flsR9SMelmZRLP6eYn3+BlyYpq5FF2y1IL0+vAs9bjan0BOLpjq/lgkAjPo5k785BYQHwSK+ChyMrrTguI7WsVoDwpu9opCzVRUR27DGJsbFDZ9lGuJVyGCpTIdcMA8JXPi138gNlGpC/vqIky2CC2XhLfW1EFXsXBxLnfApSM5HmKrjwtCWUTPTxeIKfUDqBTwhpRVfsTsYRMPhux6/bs/29nPFe4XSzTU6uRIPt25z8n8bdX7WcFSDuYZAOFSq0+MJ8tkw7GAst5Pq0Y7PfS3Mx1LdQOOgxGmzWFDB0BCsp1QSle78ou5pIeYeV+L7MRfEnUYBYfzfGJD0WEk6YTMWBgpSi85dCrz0esOE5nhNWoiwmkOBbZZX/dIT8el7AYKaF0Nsv1WplNWWYbRw1WSqFCkMxFI7H/Bjwsqqq6wPQj6qO3KYdrWljHVRPyayzakiBabMjaLCQSPhB0bFF74y8wnbAHhxd+0SZznRNIzZm994zWohgedvywQKY8I7FdogVEvy+CXRQd+G70b13vXi84Ww1QQDwp7sRVy0QO6Li4SswzqL88xcGnD6a/rV1ZDzF677BEckX6y/kLdWT3iqGSRfwih0nm0YPRdlpY9DEdbkpu4XxFHWPD7BfbptmIFx8YYxWLHY4xITBoCm9FSlFLGnb5a0jJ99z0HYmsONukvrAQA21PmoR0RyHFbeotiR4O9r6gGFRsU+/AAv6VRwpAv+QtVyZmlb/fcQbuUT8JAKwIqVa1JO5V/1stI+0wqfsMemyOZXjBSlLiiNTLN8U0IO/2VevDmy+XCzCYmM4L0vsQV36xkAlHVRXx/RTBtk0heyudiqmv/+xKK8rx98tnP8086t/2ybd0Tbi+hsl3VTvawFLcSBDPg3k1k0glZLy3o5M1KVzsUxY1XpXC0zWpVOtLmcrbeiuaStiy7rF+E7pawf74tDMN65Ni4MkfAGWnBzCaZMDlfo+VXyE4TRLzUmwRiQCoEvAGQQTLvt5KuoIM75ZpU3j2De0ENlsQxnUJVg+sqADO+CmVS17yQY0TGnLPgLSVNknvBQhkZVAPpXUM8DH9d1sAYCHj/vOm/cd2KOtvdAC0yawmClksbgzC3akz8RSDog7iKjXi9ve1ctmkKYWHsGSlF0MaiXaMqzTkWXIC4PyIV+X5LXKNhlZTto/FRj/0pDsAfmurmK23BVLWPhRjO1qpjKCqGmsPeuPTA1VFCNCwMgFWgGqQYj5uBs2NqLrlEmgx5o1btMNMRKyjCFKudhmluSe9cQODYFpqK6NFjpo/KiJy3XztAjSJ6ahwq3i+YOVUa1IM1QRr5wMCPlo2bELIe/gPwEGY3rP3N3kb9nDDE1Yh5yUCYKy6J/DF+LXefbT5A/sEuJ/7FfqRKmzTIhu+U6RkwlAlqQKQLF3Dx3iLmNHIM8ziGRi6w75zTTRLLGHFeIOWUhLnvF9i7u6tdz/nBarYAFP9FhsX9n60q4czAHB37qqwKwdRKcNykUXzQO14sYCObjngvWIIZWHenZP9ZPEG1c03eAXxQAXLUKrL3aY7CRlopEYyUXNZay3cA9hkjk2xwu5t64MNyt2mVS+IhVrhi4ySCDhrgG5omC+yXcS7GuyroA6gooZacLf7sEmKKzfbzsfbWYzP3ymcaolHnAt/f2xcaMmm4eqCtSMoL4kYovrQigoOTjjwO+4KgexZ72wc+OZTJBDSHo2bEThXzgECE52Vw5Xh/DUhvya+g08rBAj+MbinKwsYaMhBwA76p6jQYg4IkjRxt5Xp5FMYJDwcO8tIKFWphEL5lCrMLcATnpzc2RYHCCeaucTOJVF5YjOdkg8Glxb8lOmbsPtPG9IL+8yhqpf3jqLBLAFMzuh7uNnMPh8ASzPApg7hj67G6g97LKMm5AGCIKkF9o9pB9oNGIozSFeK5L/t7DfYRSTpo13SyYJnacB90vEiZmkgSWTRnsuP3impYvdsbAennzBTskJ7eakzs0JyXQ5WkOkJcv1rbFNuRkExAy1lWU8DLSu2RyeUGT5SmvlcwKjZcWs6SPIXIByLR7PYMQCjxtreOBWaezXEPB7D1YXu6gnLznQK3QaPsGmJdNz74y50IrQ5eak1jqHdCF81FIm2a9yBq484jnZnPgYdrl5e2It5eCN48yhRKwexnYK6bwy0EVtANuEOMcy7GKadz58sQjva7w+JLDl2uOXvWqZcj8JpnU00zVOUSTAzpc6Vf3RlLB+VJXmuVFjjN1HrecBODLHZSTDL1ybxxncclH3aPmpXjDY/RaoGZKMDmyd6kInZqKwe9Svokr5ymjIfi0FkDn5W0urzdiLGEc9/YUty7bT7hdZfMqaUspaah89/XkbogJwegYPRf2DAdMPz0H9lyxWGK5U3JyG3NyO3IyNFaD0gdrj1W+hFUGLq8yFCuhhOqVUTrVeE6WrB6Vvvti9gc9LLtADMt1mpOFCxeWUJR1lUsDL6/sn8peWRyYd/ngnLy6/t6jZtWe1LVVtqHCTjYni8hJTISMZcE5OaaBigFrVgsFpckxLq9b/voyhidLg3LStE3ibYycHCMnDczJzLuTbizmEpAsWyQnixF1q+ic/JaczIQY4k98phOt2+Uny3HKerrXAjKWsQBULDN9qWBQuiiBSXoTctKLMTfp8ioLGqR+0xeOTOEyVQleRQG8oaPmpAJwDv4toMuQwdPOiTVLw4JleSwIWREAYake1ZtvrJwUFnFapEbqLZwfg7hN1AFEWjHv43fpo7AFWmo17+ZCj5CE1B7oMHGvsKO/Lu47KCcX3VKPu+hOZhftaEr7IpvKpA6/68ggLyMQoTwID58coAfZ7BW2D3HWHRJvntabIDmQLldFHLStTqICZDM58sCjqvvObZORB+TUhhO04sddtK5RNglCCygFOkG5QAZ+bR9jlKBi5+cdUbh+q36715VCcAgiGz70uQYDxjagCzruMTgrh7+6+QSdo0/3Tp80XgmpkkUVLewPxjb9KdrQR11EoTfuNaSOtz+izDuKr5sMAIjBC7f7E2DKp5tutHjfe16OUW3r6CrwHMTrqXctTSl27RGaBOA+xGgcZOqXdtZrw+WAoiz6VkcrguEUVAk2QwgxAl2bEkwX3Kt96Ok5V0MqsPSxubGmFzM922oHzdxyjDE7QBEwFHhvhKKBnccGSMNqXLcW4N1eD0kawxTHsW4zcPArJDiuTEjctfVU35tzaN/fFqMAXWE9YBiZO0uF4D3gkNRdS8MfpAthHzDUK6rp6lZYNQAR2q8oqZLE82v90CKeQvnCvgL5mUSCCchuCiOqa1pkCFzBxrXx2tQMEa3EmUJuUWqNoriZP8a4/eR3F+LegrSDxcaNjpwqzkamy0f2DlGNnwDFrNB5C2jokDk0LZxBaxPXtAPyQAXXQlfibNyf8rq9zidX80KUvyZyoJqWRQIxuqgv/jJAO6mbl9AWAMBV9u0CcjhzLMq4taST/zsafSHcCBRo64RtHs0mKNf7NOn9mhCEz7UP1sPVX4Q+/dnlett3e8bk4s31vn3KLHmTc0AcFEB7lFSk95d5PnTAj1VE0Y2s0lMFcHDAhhlMzGhFSyj9RWINY7uYemvt6mt/+a4zDNSIACN/cIjB4vo3o/UNu9p/mqFebbjWeDcjHW0rooGGT/o1FIx1vAiRghptsszouRjVh8ooW+Lvw6CmqvcVqdO9JT71c9l4yi8VsSBjvvZqwafAvnUZ5ksz06T64w3DA4/rsaCJMixnGKWqLKyaskE22TZzNYK60H3tqU4X9DNiqF+Aqmcdor+24WXEMxAc/TXts9cY6kwAhlq10Beq5zTqFldP000pi+YmU750GCx2Sr512he0gdbWpjSb5mHG5MuM9XeQXgWIMfmGwinLnHug3Uh3tQY3iLwm0G4D3/sWt9nISXKQDgSMyQ7kkyeA8pHVc85Tq8462q3hXLYH4EfjhMz+UfnZ513YRXOTcfC9B40cE+/kT5yKPPSgXZJtPNJxHrR4Rj9oeTK7uvTTyK+2omyWOoOmpoyZdUiCR8yX9PpsQNIxLgHjyEWRwX1JI13xJWcTa53xOPvd08RRTaNpZ+cSHnXyQJxcwlCsNXCKTHoPMM0QkIuUIzBn+rlIF7kDnPfQrFX12SYrEQZFwm3ypw4TZdqMGgXXoAicidEl6yxyjOlAs9xYG17ZHHUCGRThLZFRxoDiZmvUNelxCAq0ZylWsP7TcsgSQV7zS2qHDToY0QIPlLEiUhV1JyVax7uFyCQFNmv1KAyJtdq5DeS/QS1BVP0ENKhILL9jBC4lE4ZmkjyaCyZWYqEDzXJR9MVAD0nBeVgB9/BTMiATImxNhGPJXnFx96SrhjsLDTLu36Cd/VOE66w/qeSSqCnZyqPfdVhYQOHdgpXFq/PL5DyYlsxuGb/XAThSSxbOgv5uPZN3tw8LcQzrTShcEXOJ1hMCTs9Awm4V/+bQysjWQl5hgCJ3tHo+R71kNmEC7SYDdRwTgWLdkG1jDBF/ym4bBpPsuVgsGURAFoxtHlT+2R4cS4aY1zAqvsIRjyWv1t+q3GnzJO46duVZMtAIvpEMxRV4Fpk4tJ5tXK38ZYzHH/2acVW3X5jEqF6tteMhFsHeA2PQo2jku8ENGeDsgY6MlMqFMki1HyyJHssEZUkGjUXKZRO1x1WgMGYXN+mZ5LXTF6UWAh7OIZw3lpXmWS7CJX/0YeeiY1QxPaFTuo/oKyk5BJrey+enWXTvjE2T7naMVJEu9iA+dInE+DprFiWqakgso8Zpba4FpGJYJ+0+54vIEr+Rj+Q9xjyL508Z+YjvpMH9T8oZ0lKw4RNHgmLO2/2mkLvu/7ZpKAsEpVzansOncd7KAEyb0EQQfW+9H47U53l8UuZM6UpKN5TkNPZZcuW5zo0Ii55EiQbsp0oYPw6zEPR/dci1bHonlcAT+xvuaNN2djdidHeWTTZdo8pfa+s698/izo02xLngEEa6NumOtdE6sg0AsVKSwwlLIIRAOsjuy7u3oc5UL5DHqX+4ryGIZiu37hSq7D+zYjo6drVYMu6U1eKX/1370QQGGQnej3v9QS1bUWFSywhwnGzX0qHR/WR/tbU0BMlJOyFfZtktpkIZjTdl7CTpaVW/WqTj/hKF9HAyef+ANrkhWfsg2g8azsnZqEpUYH6y2sNpW7l6JOxmZaG4wPKbK8iWDPLaIktfHoL0CkdNMJ2UkXAdtIHeT76rhAVey3wf2tv0SoIR+oq81igBbjI9XtyM59y3Y2WdppvjLtDanjvPvLwj0Q42VIbCQqVXamWDkNUeyGUuU9+jbJXREKKSXj2Qq/SMbDnNkXFnVxT8Z8huLuTlHFax3YWRsXq+oNObZKudqOSIqbheSeEjqyaNxU/CtKQixUnENHKSW4wNNMgaDWxwe3YS2FYyr+SwVBviVt6INPr0UgpvKwurG5DmAQRlYPc6ybx//tl8Q4nx/a1Y88vzJg7kyNrP51tevX+86QhiUH5jFn2enzkmQDuJv6aoZ9YqDJndxiY9Dpiryf9geyVBmSTOW3LLGGZ5q2w2AyUiIeLyHsEdP7BsZwuf97Uwa23cFIjmgTKqWcobkjTXt7L20Tzi3LLLK3F/5aMpIhyr1jxwFc2kCZVZYE8gDj7WzYcyu+Ga3BOAfvJgv61xZRx2Hwk1R1+AepbJf+5bAvgsD7R6/uj535vGkG0DVq7LdwJYnJY2SPPUjkbozZbVM5PNMS2vqEj/hqtWeCPvRnhGFOt5tPD/h8SmHhxBkrEHpnAou13xGlJg/edcMtmKphfH0eurod1ELK9oUrEa1nsrJZFGcw81tDaRnM+IvVbYSgr7X0uLURC9xZFhOJveHz+aOEjZzkn39YHK2h5Ks2PxE7+KTYCllPbkzjTlKbNF/AGpaiHNSLeRbYOH8ZBPnGFJpWfKFvf8ibKUCzbNMTni2Fm4y8SWVNGN2xRvUrNwrOVbxeo1dOJmibq3lRYQZ9fALfajp0c/eC/J2jcORgaj8Zo6z8tdKlOdPI3cGpKWOqJXl5LsiQcmZISN4sef6Qyx9HuXjzZwzpSW3o9zKVJ51cW3VAx9ZMRsK8W2AlaQjoXLMdLZtS0VGS4HxhI+7d+5/VHWnvhooaEXXQMhPBt6rJ9Iu8hDHhF/i2o8diBrtpAH427My8ON4DTXtXtCbNS1V8EWlw3KeqV4GOtSgENKfNb5Rz/0Q/5q7Ph2ARQlNoGgEA37dlJGv30VDr0djrifcGfNNlDIfHhr33FuRjBVY3mgiICoIgHyNvLjPXuHy3Lxw3Q+ohvCxS0LpfVNH2NIeW1y2NBkwwP35mfbiH5sTHRLvgqq6MzVXA1Rt4rKQQyF1CXV2zLodwqoYP2ESWjOOT91kXlxOR+DOePIsd3TsewL543PMeu03otG7ojROI5awAQIraflN0WcdpeSEbn5gWE6Py9Y+EC6EL8PHQZst0NJegcV5OPx7lQcyIQTIzQazLfrpZ5v/YQsDiBgtIwH+1NZY9Xl2sL5uNF/bWdr172Sm3wlbzc/sq/deAYX74Aa56wLQOJjNHRqf15YzLwoStPPYPMplWk902vxfviguI1sXGrDGNUrunhmhu3uJDlEPU0dFSjKxWiu9OnMuugwFawivgeOWUlLxiHxrThbqJFESBiiejPSnqAWqYvectt0xh299EmKQdOlZP5JGkvq8o7pp79GRwXO3hdj/nCe3KXSZ8hgUqAvY40pOXKi5gTJt9mMZlcAD/c+6c2iHUJan31jVkJLN0XhDccMwmoYKHjMQoFXSpKbXcyWXJZ2yOicc08kp1ajOz4tPdXFfgEn6ARwU11FcpcxzVg9PpDjFOLJgLo8OUJm8o0qAcUhv9AgEEx4Nmza4joJQ5gmv691COPm5sQJCenlhtRaT4hNnt/eKdFdmF5Pb0XCNUbBZRmwwrc85jPG0Dr2K7+NKWVsSKZ/y6xt/m4kyFGUmQsSgzNPHW3OOZD6QkPWc+4F6Qodlagjo5728a+DIHcpyY2U7N4r9qeHomfNRJGilz5lxUy+wraZq3XQpY27/VJGkBuiZ9jmLdfCaPh20ryhbT6nZwsJPCFT5IRcBA0MywTQZ+5gbR2M8c1LQNJdnqCad+EZ5nk29GADuPZsyu6EkQkSvyVfdRUJeHWN9W7XdGykXFl2OULDCqC8xt3tg999a36u/nep7I+OP+06hrLwX2B0P/CzYftcTw6ky93aA5Gw7I92TJeQd5PdAKRToxnOEpp07LFaco0c3UAeQlveKXZr6C7P7CHlUHPLnjux0wSfGrLxH+zYvQFLqPRmhUhkCZhuv20i8tTnXMqVWLqt8ibRzxZGT3r2lgqPDDDOPywPLu3cDmNqdFfuUlopbfpCw6Wck2nr1gQHkBRjOdon3XzuC2DXb0M0UEvWjDKnzO670bt3dutngH0/FGDGjU9SAML22L53UXRvSAZmdYQbTv3BJVn0FpkVrxG6S3IHf3YhD7auhPD0pQbG75+FM5PbYLqNfe4a8/9tByWNcd0qaFy73Jn0ACh7m23VKipLPoD3sPjKYe66p4J27kPmeaN7JvSY63ZwufdlxrjfGN2AGGEY613aAYxDjAl/8DsQQ71BPEHbdh0eg+Bh4NkX6nPF8ExptSBuVTfRa4/vhuWs423OOTluvcMwyWEv5ZSZIDrqrzy8d+/k1X+R1eOYi22v1bYFz+gHNyZtYeSCMlWqbpqqu53cS9txhd0tOcgYvgOs/YN7b8G2xX8lbH8cvwENc/5mf5CH4zHimNCadx/fcdIU8qVPmxLeSwTcSyxmnT4NGuZTCifF28Terxwy7KPsTTW52L6qhpO7977dGWRVAQKTw6P9aQitcu832yB6fyZ7dr3cX37tueTYYhqBrXnj90zKNfd49cW2Bd7gbcAMFbbBJP1dTOq57ficB01YBbxVEVVQ2H4ErpAauD5JVq0/MGUal6qo7yq8w6r5X/BDVLw7gTzJcNsgRSP8hevHRsP+yV0+Phy/q9gCpjRZZjmu6VVEijEbQxy31R48x3/ZLW6piUA+bWYkEIe0gDN4zmUd35Zh6izBsMpfgb8RkbniqT2thWAGnR9BSH0tYjJCqIELSXpaNbcKQgZGzn7s/nuCayr5Cm7OOn4f8uGHXIyVi1V2nTut49/WiUAnEJQonwg+AmbgUMd9hOi59XZzNvi4q8bUPqcWnJVmn+kd0DNa1a9qZgc2p6i0L9JoyXBRWarsOvujAhn6rTDD5aYpcZoFwJ9NHPTgCzIpW6ugfA6wSp4nV5rGedYPzZhbYRuADLyAn+K1m6xsJWlXqt75Z839chvCFJ8/75breTu1Uy2QDsPw7Tm380qzlYofjgrT81Q0f5qN+RdNBfB6fV3YMdTUFh1EZbO6wmAKLYVRt6Bu8t5GUO3MzG7zVvRi3f1cxKXYd44XPua0OKZZXPog8jFqqgKD+yBjkdr3qRzrBlq3N3pmaz5ga3Yq7kkNLu3IcA0l0YOPHPdVKO+TnU8yGHNp8J2XRn8XUum/dVpxKAL9hnjs/q/OekOwOvFkGrntzTOAlfz10rv/W1C84LaWkJiUizbEeIRiyH+H8QCtkO1EIJrbIc3IgZQO+HyguJOXeHwtZI4cs6vNU0KlljklKsOvnddXkbSzRxJW+Yu9WNNAsKGD/PYMHzDAGMy/UQQWAVmj7t2WQRbBi2WDzeGjRoQBQQX426FnX/HcYBTTgrDaSMI9W0y1uwmjXgas9Hh8x4AcmZPyiBLyBimacWgPSfBJSnSkk+K2RXvANvGynv89MbQRneb3Ds/JFjXvvxCGtqCPXAv7cuHuFQBK+sKBoe/n0u8/FvXiDuu/u52qx5IGvNwzvOG4dZ+IjuyQ6t3GIv/ToOpgkaEukGsrra8p8ceJ/hoCZPsEQNGeJrqXNSSm79X52zpGSAAzM4WWtrvUlmk+SHjdfkRougXAzH5smVBsLwb6Fzkip3XiWt3Le0UveKzsgI5vOp7QeNx3xI3EfaeJamRp16DjjKDQaqVGFvRWFnROb7jBoxbVETC5j70urzONLAJXplUXMvdtn728vuvQHjz3XTCAbC34Joot6SkSe0JbUpeR3FcNOMOqTmnA0zQFLBhbOEt01YjRm250AJmIvOUK4HDaldXwyCm3ASjD3h8roJ+0+JxSl0s1gdTVzSQRbae2VMH3FMMduUQjumhLShEfM7G6i1Mjrh85ReRLJmIFCR6iltYMqm/P9KWkVTS/JfrP8ViVQbsbnOEEFEvV17Ttp0r2jNd5sPAyO/rR1UgfC6E66QG83nhI886Oq+83rOrJ+eBDfvJIA1S92SFJzCo30wYUOQbH16SrjXmJWPU+GGKBm4NE38cZ4RuF7qfpPPQodN1AlQQg5FRodtDnuvneqaPnjSkyW18ULtkmSLx0tRk5xtboBIEvPsXencK6Zlsjb7aLT2R1U200yUy8DExiMtPYkEjm7TG8CmgTqgFLuScEVeCZ4/8lsAnwvkANOgEC+sCRT/l9vUEFR9HN5UnnqXVuFCCJiNcpxTxXKaAChD6IfIicjXK4DlHoX5eyEQZGodNPzjsATCT6AX1eU1Ik+O0cgQusoo/ePgncglIWROLUsVuWxw6+TOTdHDdn0EvcIgAQb3PJuAGAu9+LOn3XQWAduDl7/Hpw8+C0MXOd5rpkhbQ5WiMMOVM4ihxPD4kcRw+b6mlR5ID8dzR3NhNaRQS1pe31seS9ezwpn3TyHnFdXrbxoZcY4koM+drhYJVMXfBFBCiqvtC0hOZY2rkH/D5sUZN6refCFIHOv+SV7fHIjeeu0GHsIYeth5Fu0iAuc6hW7eDKMwBJhLJv316EW2VUS84TcAIbl1L2DaxLMg2QshQ6Z0KoPr87sCFy3j/tLlrC0AOUfzk8QcCsBEbcDOnAbLZRu9p/VXF9g7h9KFD9N1i/oBDdS/ad2YMglAnb7kGoHZtr+rl0DX+WC0bGYLjaXckHbmOYhkBw69RmDg2nz0L9KqpUlc2pOjyTAKpRgluAuUwqWQYU82bI2uWXvST3Gb3DNcScozby1EAAL2/KVdD69auPE7mP2uccK5lAnRKbgxnjUZ2qckLXEnEo3tx+lIF8WIqdxI1+RAodfGh2OLG3zWmjCYaNOcnN/GtLyvSkFYsa87p+onKqtsZVU2VDgTS9rGCuqZBtIbdGZSdmV2xvHIAEFbUup8nviwz4ryEJOUyWPz7i9TmSwTAk7W0pou5yI4YPD0Jjd0SBhDpprt6WbXfNRKG8jFPOXZVF29i+sO1GfYspPnieUokH5oALUeNCBALZ7H6el8sFkqE3EMhrcerQ25n8CQCk8KN8hAaWjBNq+My1IPvL7cnPtfjtf3fY07vbUxBJkp/W9nztQybtSMGzWGcvws6UspdkOuCWFz3/vu3K8l8i26dSPfmB5MfAxWzymQtD4jCOGbFGzOS25r5Q+srudIMqq+wUL3auqum1J4aEusB6ORQmyQ2ZOHuDGYW2T6iOOq0RwPpn9xL7guzPuJEWvF6L9IwgKAiWdUIkAINiWAfCWkp6XYVYTvdh0TrGSZUdyJwxkPemFXMoDwxit+u4tEOPcYArl3VgH/7WrMnBBK81xHsMX076nz0A/MqXRrH0O/T2n0j3DmXyt7IChfF/3+r+p4BXG3SX07KLtRtkXuMWZVH0ihNnsFyi2OwS2PLQSVmHPagw/D9emZHa+AxHB537NyMbdTqnaJ+hSojO900pc5cBgqUe3tjq9hdBKrhfTqcjQXTR6aGNzkYcSqzcBooUWiQ0uUZNulLsbvBSLzB1crc+027qkPmh/HB0qqv5m0yoHkI3xMj89Ta1iQUKWzlTYGp3QPyyLgYvUn0wJWeE3W5ZJPg8rNrWSUEmWM8FT/d4c3GOhiVHoN2GmIlduuukieCLssE6/RDAPLg3EYcFlzwk7AEHgeRoQutoIBp7Q9y/YgFleDse5Pa3/qDuWVk+KR259dhjZPh7BCaDca9z4kem3WdRioOcyBFchO3dNb2WiwPXldf0aq3ojoGyfMB9/sh2n8wrAnQuYEaQLHPYTn+o73LZl8vvufi6AOPkSpA78x7bEobZDmRNcyoag72y3U1qLjg6bTbtdvbh2SC/jUuKORVUa+p4atht54eoDB/AibIqQ1Dc9/qrdVnOli+aS59/u5M4XYrK8J3FbznQqehTBMRIB72IdmStTCijVBFoFYuNGnKcE54weTgKOhXV3ETlMynFapbfo/T1NCa+MM2IYqjF8Ofke1kGE38H1lT2GVI76d1LSwFpA8IYRwDzdzm/EPvZ03vbjqzj0zEi/pMHDZlc35yBEZdszp+bJZnVG7+lcbCDWwiGxoo5rczKbFhJE8eZKfZBKJOvmg0Thy78pT27k7czCd/QMMc6ZQlwNudyPuWpSBEXpJh+55nVwUnKIbsUcj1p34fzBNxX5fqhjZWuM00Lf5P8NLJQEFIMxigqI2cQqoyIMshQj9VRpfCFrcl6stfwy4i9PkGltf9GV0XFpfT6n1wbL7SF1H8OscUgUPgq4eCnvinUaMONSL/xqVgUJvF78RzY8OO6nF2KRb3x4u/wR4d1P7q43c4mc294glF5byhFo25zsf0LlBaLRRWBqJUyEO2cU/gGxDsPnfTTK/bsFn0qtThi7tfeC9EDgxa4vuL5fi82fBtSqJByjlywkPpAIY0Mc1SsTGS3JXI3nIXY6hMBX0qrldu4TkQfGuDjDCqTGBdT7ZBhLsQfnLdEZJu6gAmpRpvqGJKuL3ghHWqa4KOMkK6KRMG/AIIr0ohq98N0wzB4GL7SeXJ48NngPcZSHSu5ve8ILlW6oPY4chWAJOlwvdySv3GvW4OCIwuqd/WfxNj/+f5cSgtRYDL/y2H7n4gvR8C7EpKrET/UODMX6J5IRNVxsoefRq2aTC9oZ+LL8fk/mLUJ+MPbuyYhqcqOTFJ5lMdsZqgrAOikg4Now4DJovhJV6xyF+8ZVsykE7DcOOL0Ucl0ykgHl8dAsoVrIjFfdHM3wvK1U4Ry7aEfN/KpCRtysfg67D0D58Y4948Bj1tNJOPL1qT/DkPCjwiupb875HqCCqOLooLNXZ7AYGij2OwFg5tvuwEdYF2mxOGAsTmEaARRNyMlbHx0Y8fRsnL2qLgnFiJ1MZS7EYiiJFmlv8je719aW2k7wF/1zYECzxcFYAXmZgCvPgOcTHx8ZYSGwDiymAuwXe7QYxPQGApl8AH9HVD2adxKjW3dDuDdiTVROe+pK1nIJyjLItNP5433EKYh5iyZL1rwBmzzP3c3HDHrXSjxk9WW+4JhXyZx+8J/1jEGmfHlee6LuBvk8f7xwAnF4756qwtXez9oOnU59lU2S5Y2B617uxsimEhiKvK+412XUa0UCnloykZBl0JK21YWEdHn315Yq8eVeBUxjEotoy7oIDVQBYpLviGJR7Do0t3LB+K+KYHZFCjICOjg+yey5XuvYnI/4TON/PSa05Lpgeff/R0WkpIvIA+StiMTH+eE+H11Q50zd+T6F3kYp6zxKCkJpzrK64KHa6XD596u0A3XeABNHmABco3yEvsvijTmbe4GjGxxa1By/2hCHeoYe6l2TsCumYvDBQgRv0ZrspENCh/FHk/28nRjstdVZnrIPp9AMLfSvNkE7tk+OASJJbSMCX/HHCZLkzx4AAHHiDQknBH0c3bBB1o/SP10a0CURpaMtRujzDqkT1DW/ncQfOzdmItZW+DYu5RE8myIyM2BqPOhupRotjUqXLEWmHEN2UZSAUKj2BnkNDiirATLcJG7CXIzTYR9LEMDLYZ6Xy1wGUPpxxLPTLQtcNi9VeRd4LOBQyar0cjtl1EBQ5Xvp26Ei8p9qoVk0lzosRa4/cr9XGHSOoBJB3K/QhHR2Ph4qmbiE0rjEYDLfdkV43EMQwwUg+I+g2fDyp3He+Xr1lrKEfVDkeVTyHhoqvdaRJwnJPSTomxEnBtohgXL45A/lQ3GCCN+Bo0g8PL21eeCx60kYPFGkXacMFmSZqqYWBmzPDbm2RBrPir2xnOuofcJeKo7XxWzuVimtGN3V39rEPmlCog8crJ3zeM84KCUr0OYdpeEGYCFo2EUAkpGL/iKZNew0LjeUvtyHPZQJf3p8gKQ+GmAoWDxrCOoDCwOtkH1AGWMAe6loT2uUMX2brIYRqDodqbnlYLzdRtQ8CrewUvWESdKzkrZRQKzuPQuEZMpCvSZKtGVu1ZZbJj/jlKJNiPK4JazbQMeoRqLEbiTue+TWIunCVPrMjTxT2Xn01x9Dti7pM/rQwFcnIWkguO6o8jHnMSMhLa88znoSQh2nsUGQmfANi+dY44bIi8WVd+bYWHh2aCv9sKaXdZlvVxFiZpl7GogeS1Vz4IjHa2FAzENI+EP3yZ2RRET7QzUKpelwSRk8MLSANLp4tTVwNXo7FMyRSE8C1pCYP+Ebuh8nszje5hai3FAgpLeGAR/OLBq3KcNGl2m+Ad2/so9Z33LRBZWIjHM2obsvmS1gV5CcXfqLjPsfupFO3461Deekk2ldwOUDrKdmXo4ndgWRmNpiGdr06eYyS21PZDnGx8twJ+HFJhDV58LtcsjERotyHTi593cGXkGaVMrVShBNk5buP/8k8eAW/P7a8mt5V7tozEkE8IAT3H/5Y1fCaRUstW1Hf5KK5EXea2hEZLLRGMpuOj8E9TXZH6448eeMHebriqSqWJasldxkwN62VLTjAW+otLtRPu1wcPH8JK9DBnzYlAEQlmmIjzphE771HugEH8BXoXPex3CDs+RCqs+0DFLvg/fWyChrXRlkbeMaT3HULE9aEypYAH1YWVcay9NdEYfMZTnL+CbQDDJq8LMx+3oDuj1BUV50iY2ZdcF4jYo5dns9hQi/ZA8cOK5M5tXQaJLgOKBNCxZY+8J48S22ZqlNo9F2j7iPHGcd5a6b1pPEL/ZZBTmgXBoOyjI6W6weBgQumfp81papqkU8QhL+j6Rn6REU3GkALxVygOs9nF+xmcVeAAP3wRXUZjxgZuoLVkGhwiJ1gL52nvV3RAkoS4x20omQ4HCb5Sm8zZQqqVazBryMdnbC+Fd/tq/AzlP9/2hBwTkjUU/6LpuDZ3+K/nG6CKaJV4t+uE7bnerHaCXfCoQaCCv/H/tfQH34XjN5+mxdg6At2ClZUPG63XKAqgcM1Ra159KhjiJMuXFWmbEwMV6v1SgyCw+fBJAwJgAppeQHBus4e+sLHJ2xQBkrct9WDT+LVuLgxilpcz8r70at3oY7FW/r15KMMYQxFvl1BlZILJ8Z+dZaybf++ehhM/X0Ps7BN5XXNXmio3MEpVWlEFNaWI4Y6ZCMIImR6qEBWjDOqPKPNaCmwqdYERPkXidsdWb98wMbdd57LgtrD/y+yTCvM/6WNrrD38mUE5uHw6zbUekv3EwFJ2MZU84AXLda4AKBTq55ZsgclA9L782jnADiv7vWls0s3WlcNVMB806hU6mSb15T9/R9039Hi1bxh8AM6gfiYqY4vMS3S8C/Z9EI+mJFCkkdrwZxKfwvD3STK3tj4n0IwEup6hrdm4qK8WBZquogOEKIwQgYm7Ifoqs22a07l2lOik7+4r64l8e3+ig22+PPodOTZCD0fkTVU3Gio3x0xSmhPvISXQNf+3uEfIl462vIRndnyexkLODAn04+vM1pCBB3yPAymf277+DLHiCgdEThzV7AvLN50d+xhwbxohUCyIt1nIc1qpxZBFYxgP/5LzLSgl7xJRvSzIA2zcqq2Cl1CIEqDGH+nc2BBpFpM8l6RGVwkV8vpUv/vcV2Zh+V1i+8VNQ9F1/ZUMnB5aLEnL3WbJ9GbhcXytkSqxlfSYyV0YfEpX5wyvPEZ6ztBSSjQVfQqhx3Hm1r9TNO75L5vJqb2i0I/kbIj/FNTHKSBmA37HkUXLtMoFvasC6VHYVjGFgA4AwmB3IsKoewCF6D1BNoj87GVuY7xkkY+goQ7nHMPVunVQJojfzuv5POZlDHz5g76xhKB7ZFJAEHS69atzVS95v3eAu7UWhwy5qTfd4XTsv/0NlnI7WS5J8qfTIFVUeNWXUtQiYIG9kmIjcXnxQToyse8XSYlFYhs66IgG85wmSyGOsSkgCeXt3QvbRo1O1b91XpJ++91u7GX1ZqJFaqIEc2sZqKij9YuY+CQzaYD3W9a9PhyB7/shBDabQvCyPHzpKXE61jP+XkeNiE2wUTPuWn7H2qHP1wnP/LBGHcJk+iJavSlh2Mcr8CgL+apEejwLHoQMEg+MPJ0UjjpuZvNGWiFQMtvl+EAx52Yw3fwtn5x3iCaAbppPIFfHU0qhVqtnkooqyx6Ebz2Ibd/2DXiKLWAEP/nkKaeX1Tk5dzb/jIgaAkEVh1Ap1g7pMBwRzd/9/cy1LMsHM7nKtjLuwvCKTqUIISxB6eAQm8zsEk+8vbOx2rvsbbdT+se/fXycicBncNUb+rALCARKfOkUUjrQeV5V5uvPoRWTBSWE6v0/gklEZbzXLCeYOKhaZsnxljQJn8VbtpW/ZH7P524Ewn5/Fn26aAmcxvxnIfM5qhjeW83PkCl4D5g+71cT7Gy5R8dHW0wfw5gIPTefD+2RDwJkwDxyGAhB6KQFOZ+jsTxzNfBdakc6kzeL3Si9AJBjRmID6sEmZzBlzDKsDqIy6UMwtlgZHcaPz1eSEVCXtWCKwVagGUg5IcARJzT44cpEN/Ir6/I2OwqETgea3atjUvOK9CuxCSEuzDBf7Q3gLmJBsKuxfvRXcLyG2shtKd3C7d7NDizdmhkJehEFENJjAKpBcDyMk/3xXuRSmSK4EZvIVIihVTYLaFeqfcKUnbIIvmyPfgGeO473+4WFgYzDdUtVW0wsikqILEk7Di/9LZQ6rFzazS0AVTeDCBogo3+hd99fBkkjPjeNFAkDyO0PUe4WREqxXFSI8uGYVBCcyzPMIr0cEjTcg/FNlO+cWxNkUDU6ImmpY3coCdRHnKpTosbcuiJB2x5V962ZdHgOKZ19DsW4QcMDMTc9L3hAg73fFM5g145NgNhY6WOInKA2fAn+MN4kHQE0DPeZe8DsYm99Hp2x7w7t4MdYN+CUdr5LRVMfPlvQTilqouJvt+2cswEt9aa2e83kAAF8xVmTCPoik++wD+RTR9ETfUwTcZ31LEz+bDc0saJLnR0xEUS/zn6LqwlePVgR6+atI99N9eXpLxshasCcMv8sDIP2rQUFuSAXJbrINCuOYweTFBz2No7tTb+g5bIL1sAef+wu+ZTc8MX4GXMs+SVl/PsADRDYizex0pG7ESmkPbXFSxiv1hfbN/Ip17sGYd0wmgfIKfov9HIW/xWJ8cF7DMEtRM+hAtzAmsg5zfMWr8IXlo9x8mHUtumWPthgT4zAGox3eRu4skSHHwBd1e4rsAX16nuEQPo76LEgkfTr5s4EU06vEtKHzpIHcd0OI56mwQ4BGCijUKVvtCK2WxKNUNynytQofgqkrFWkN40LWCT15sU+wWIcb9WlEHLqSQliuNjufKSIBQdS6mxzcN1/fIyf2yDcgmOWxekttLookDUwdgQzvx13iuclMjch5H+u1KysG5llSJoLuBKAtzmE5YjrEsLzCfUgDludQXB1lXHOckvTy3EewkvlBNp0/h1BLi4+tCf5qR06D4eWi3JyxBEmeZWgtuvDTzI6Z/bA+LCrnyQEK7WpkWyxf8rJFn6wESJ0So6gA6dyE0FoIilHzYjtzbS3WIjTYSo4OGr42F9d2iIao+WbraZVpvBYYGlKgPCTz4UC0u8ces1s+Oep1mLy3J5KJ3ZaCjClVYgtunebgwQum1G/48Phwhv0VD+MfxOGvX0TA5DPfX77gH4AZ2XhTfyR5BC3574YcWEc2KxHn+QVdzVwI5aONLrLAoYlcPvixGkF9iXwcrawWZsnyWenOqJ/YiJtvlxOEJJ6zqleGR4LHGLz0vc1DYXSzMi5znHTCWLe0cdU4L0wi8kEyzFd1fd2j6wmnqlDP+0AGTO4jk8BJ7Sn5Y5LUJg3idR1tUzcG77pRsyHEcDs6E2ZMiJ9zNsklKW07dLSXw0Ej9E1KmSCayY6JpZgsPtBLFqvM76UNTH+YxGHOqfoAZNiNr7iwqzbk6+YvYvfHWKQlVNF8E4qd4ZCiIzN6FoQtifIN8gTfPnTB8a+VcSkQKzoGcpdySOAEyOfMBeto/3ajV7uj0SjCSgqw84yZf1u4gonY03P1AO14/CSWwJPPw6aMdw21x+9F2WgbFWAsha2yTGPFdD32IHd2MD7iH9CJoJOWjLlb/KdtkXZIPkM82VAJI44Bc94agLFT87bO0gAYAmM4eEAAHnIlQhMm8n+F8Qj4ZhDqdFdh3F045kGqeYoJ6Rwmjaa0MhAyK4OUToc8DKsSNEhIeIMI9MQM0rx3/aLNIKCgcHsMjoQeVsfND8IeExGizhi6dnfbqkW0rhWrT3czYySdenNvZ7sdhWQAtqY5b7LOS6zsaiNzVzWlPjVZD0Pl0IbXUT/AhdWrEWQlznC7qlIbYzYaRQiOaYpgIa90T+Wc2TWry/z5QNxnIWIa2Wfu27XU/+wxG3g+Gqdnf59gr0mFTL+VPdl7yWZaiLNg8y12fatwrUnzZXujx9f+bFygrhtX4BUPd/+YrclZ9QmcP7bbp+wYn+La1EXX8PrBru0w1DDUTRy3lSHu3nyVEfVNYaAMsZrE4VgD5exORsMvwsNLqHnqAEmoK76ZKIATrH214zp7HuRB4e44NkmyuyxjKTSte8FP7OTY45Kggu1QYfR2LOI+SQeOQm1z9EzVqCIyQkESZTtSU+MD/eP9vERMyTUDl/xiCa0/cFiSxCJdLXlazSyqE5G5nhRWm1FmJEGtbdOFOSfOXJkZizzQIMkJO+ptOIPBJxu616NJQXNd0VpusJMjWCrBykepLvL/64hVeHinSNJB4GmvO4+/nhJb5AMUe7bvoD5zUvwyVHCgEMtEFkxn7lYQ/EJdsh0B8KbBVfxnU2OTb15iKgCQAM5FC7K/+UCD4snC+PXx3T3d6xLvJpVxyxi4cxkIcEzufI8CMx2expMe39SkAAiYYZwmwfC4//2Rck3aSOuVMsAG2MBDRQcMFVNo79eFD7GKxujNnEaRlBDtxNsPl9xpv7LT8opFvDCeLI4t5pn+bfykmdAGcYkL47sNKDX8n6ydk7RotjX4pX+XMMn5i65pGBbEfkaTGeakOpmmQSlmekZqhyBLUMBIt7KbQWol/j3p1A4iIE+4p+EwmuxIpRxnGilj8znY9FqbSWKAjyQfVFXSQlxXAD851+Rncshm9F4kNi4TEhj9CjjZFYO3C/6WPGwalY3qDiurZdqjYmJOjVk3H+aeODKEdfMIQcTf4t0NWpGkSLP64XjfbGW406ApZBTSNlGInb//X+uhiVk3KjLqADoB4B7IgvMnV6kCusxUoNT2dDLgz+70JwiDK7bgLLU4QBahTvfc7KBMuq9fXHrYYULiIrnHNiaCmCZzYL3Z7cAp6pgeNdXSEC6n40FVSNYZ+ePr2gLCthp/DRmegR5AlRPTLu2NEICaeJOcU1UGjHJPERtyERyKrhuIRFKpoxkVEN0YzpOn7ZKamYgZLTB3j7QdmNnuWSPn2yHTdQ9UL72ekSvAd22WATSgn6lks6u3YK8Cdcv29YaUMprmFI4S/szukxbzsDmvl7+oH/q0mUI7L3qfn7JMyViqjdp02q034MVG3LpGg2mpwjW/T+KN8TzuT6w8NmZGSV84va553D1m5brUPJ8rCrpGZ9U2S4aUj/gyTM8UthU4LYROwMr4tOV2x0Kx3N8AF5Qu5EjJGsqb6KdYyCpbszz31WfnA6Mx/iWC90l9d+fYbsScrH4ovF5qnBZ0oIeUKEuznwUn2IiBktkr+sYxROB9ICFskHvbpmxJVP4TEMf5qgsdEZNzq8kdg4ahnBSEEqY4gD8muFUT7m8GjDs4cypPsHWAL7p2/LItIGltGtb5K3sINzLmv3WoyCXjsh0hbvK6i7QQy+/f6F0XDKIx0rvQWkNLGw4Z2nF9XZKNnUw7ISK1c1MeHySOVB6YeTf3mpCU1Jy2kcaT8RCUyD/dnmZuIka8HJYULA6BPLjQ1AfbGJoU27a8WlWBL5AVJCo0hZD+jJvMT1+vUzGkBsdN9nrUCdugOcS0CqQ4i+B6MAo5EZKJ91/JU3WtGGkZ8BgGCxKBgv3KLsyQm8GbahBuHSMb6IJ1sn1psCj5lGu3LgUG8GCvDsZBu5rYnt0i9k4EQv8LmCtEoJBS5ecQVKgCRnbxBn8fgp9nr7NFWWXZK176lCDit3iz88VpmC+Lgm8VtH4FzyBDEkHruzYC2qugBzpWHOXw251dvjWyiWWqmScrHomPImLZCl31hTbGVmgdw+IjJk33pd2QRy/2wZZdcbYe35R3RM9Srmpy78tsfvZyjSs8057tIbLSC57Sz2Zq6/oi02Z5PXe4zGxFWbX1/t+lPdtVK6nZ7Lq2EARFNtSzY7tJjL0zRuOdZZcx+b/NOiUEjfSC7/e06d/Sdeak/6ww3xViu5edUodSf4a4aYRdugmUqCDdZ4ic5HAlE9Q5yT+XxiL6Zye9Q094DeBZgRNjnLPDAXattgjH1LyG/sN+FWvA1GsV0b9Ew221KwS8ThqaRbPzuqvxRYl14w+wpbiM3hT+zNvJojbg4BPAXh9lwqm+Ko3lkSsrGf3MENM/Q7u9sMCiBrHXI4Mtq0yFk9OPHxRUi0Lg7DVwn/f0x/sAmNoklhH7sIt+1L1TeSLHFKSPjkgzmZtYMwjEcYTWTZlkjeCf5bg2PIOW1USnBsJc9e1ttEDcO2FlR6H1phTPOsqmnbKlWJ2XEF/wfRhYKMZ7r5mbWZOSsvNWA3rIIlWk6syWSk/dmRH+fj8IkNb7xkTcLYbWz4yxnDeZUzJcqgcy+0rULcUidu6keaWdBLSQzjMA3bazip30rwyk9JuPQuHR9ioynYgk5oSpFznhlAiUs1zc5N8qaXxvxH6qzb/JbUspcn95c+9jKJAAtGVIMFVoQfeCdKHXLTR576IwgBdyLY0TR3hKzyK7APYd1nFrq2S0I6+a+MqWii1za9RwZIaFC/XqUVmcaRe/jRaWf2eI7fFYQ7/ln5H3ocAjsfJbFPFbUZBIoS3LdlUdR6i8f5m4egGW2pzsbSYqawlywROuj7r6UZ/HMdAJPAbXluTfKXS5dzUlAOG5NyIS6rxZN11jJR2eQwjmLzYpwsugcBjGCk7/bhSpbeda1CJTbgNE0i361lDLo2NrPcW/RjpHxlrCbIiSqToXeUBX+zyGeOtFJ1gf5xM2g9lDw3pdO6bepnhLlNG/8lWJ6roJOVWJ6kgiVlZCLcwWOmWH5Rn0iLmmMGzbG+DvmRP5I0vzDAr+QL5oXvDpZOFnoyRWg2QCHRILGT6EMi6KlRDcTh8Ikq16kiWM45hCICRd6XIdiUov+4PFNGDvOyiX9ne/uzjCrjgQ2ibhhGP6ryoZaAJYwXstTMkkz2zAEkaiXq7CEp8GZg63vPDkp5fvVVFWp6uL4V2HJOKrRzEmKgEvctsPlfN2bdHtOXBMQ71DabmB57bF3FoqVEqFFvfHaQ2zUOBy5y484dmkKFMsYnYXYwpUcE0dmPVtGOzwxJ6JSBkRHINsmRiL/FDHZ4IpbbRkyFtRUNzbroq32MrJRfOmFjvDa4rED8QgE04T2agSBpBBBoxiA0IVjx8lQHxIjzemPcYCC9aoW0IbyDpH29Ugv4cKJI2qFsDf9ZIuWH1RtZmCVelQuJwejH7yT//Pw9EV78CDFzXLyj0xG+okrDB3hi9rxcknW1ZsrFnK2daLaqAT3JzDl7/oNsyjoHHgItH5/z6Pzf8ionOeOihFLMtRHeOEEpOxGZfqXJ4rcmXGZ0ICHsObiIVSAVTEGy3LtQaEA02acLu+YLBIU2wnW0clRspTr38tlMMlTP7YaahhmpSQC0a3qk8UxJCr49hslytCZv8h2S/eUK8AwLBV2XEJkPo3LxtmZJtx4/WItJtNhJMcDOMAtc07CMcQf+b5PPCfmGyb6HEi5sSYl5ToIQL008AwDimB5iv5Fp5jmkuAZhyC4sL6irFNvpoMgqUZKHelXLGjJiWvmkXqJt/HpmLJrqQ0PhXLjJzEkKRPOjLMw0PI1MpZLjtlZr4qkP+5tA06t45C9IPYXGhEA2efQxRr5MhSRhFDU059TvSi+wsWGmpVDmzgjCRJlhCw+ER7rZPC3xmQ0j9nRkUi5FiZ8FT8BQ9gZa4h1luXqKyxqJ+5EDPnAGN5M7Mr9MoygrfkgjNQAX5DoJvr25JpT+PIZIbCDt/gOEIzCknmOM3u1mXvxcRpYjQ0Q89j0tquMkbqaRigrlQpiQe0frOt8sT9pRGMEuhNhgGGhapcwexWgFLF3IhiVpoTiq2Dw13WvZOjspV6KcGpbm0qgR2DtIO+OTZbt1Gno0aI48Tsk/tLMTQTVpQyr7hVtKMaTrHRoQNvq/L4pEjz8rhdVkqIIO+p67VxycnPZLnBxtrZU/CGfZ9Nq67Gqw0NlEbrQ+gnaNcpmLstLzFtdHoeGumjclOvzaX7i6KPSf13NA1TuYL7YwUkJu5BPSHaSWlud0fiDEEQjTeN0gq+Zs4exI22ym5wRn7inYYPwcS81nEhCip5lcBG8dwEkhTPLeLUu+CnbYiJzjPJoJg7z4VBYlU4wsoPXsmQJTifLgkWlUVIVSxZ+tZXCf5VcEj6o4j2NuovU2xEeEHrGBWO7r5GWwLgxvX+Vf6ADqdmA8pIo+yey0ReYj5PrRp1szEIchDr+pYC7RKIegbklJKDXsR2UEr9fkHpzVxJRKhiEqN2DBYpTt/JHY1H39/xr3oMQFeqfszulEddRL3bg6xTiG2v8dMhPax95oQ9T7qtDFSZ2YDwDMca5nz6bAQySJw2acO1gtDNFgUI4K+pSDaCtjN6i0X64ZwbBzn0/J9ErPVEvOJhgrTi/mQD7MsSonyOv8wuTpfOxFUg3WTqDPmqgs/oSWdTf6YnlMlod+iHXCb528bgnR4qCSWbtID4/Txepjin0ScqT+olygqmd+4jIWJkDm6+jBqxZwHxWzHu8LfmwEgh4Ea34xeKN1ROMIE1x2027t/AuJdFzsqcTqEFxCd7Rg6tVAqmn0lr/i/h0MIs2bH62fjxdZaXs+SSYURwYFRigZuHZLECQz/mPUPmC00psi2Dd7vn7oCaYvrJ0hA39x4DM8Wzc7rj7gXkEkOpBSn8c3RzLTZmr7UA0BITX2xLg89vUKRlySlV1hqqgLi55dthQZ9fyb0xXpQZSODj/6zR0VjGtxWDYj0EymDav7XtgfQmL1R+MjarEpsyS/7MLnAz/vr+ezWMYwcFA3MATXfh3xvDjIt1kFmoeEwP0Yxl3+0OlIyLf2wZOLj5vee6mAXyDCHKgBTBkPFiVVbdVmSayrm1BvZ5v/3GotcQgfHlo9Tz0Hndkol6Hxsc2OnodIsvGgE6GFOyPzkYxMmPMIFkdfCuYrPJvuDR0CjxMHJTxdPkyjopmR/5KRCaRNeSjEzS/r0AlBf5YzFkuH8b9DkV8yFvlpLy5ILAzFQfmbQ3fmml78J5U0i0iaeVk/5ta2dqsgKTlM32XeMuq5Mv0bSErb+XjDaL7dbmOtVm8RLQZhFocwdqE214wIEX7tQEPG86RnuM1wKq/rZBm9ukzUJ0+jvma4FPf9ugzXwxPIa42dnM5rxDrRBY+rvCaLPwpOO4nrRZ9aoyGxR/Ik1lU+v0VvoYy4grRa6sGykYCJFlo7KP/Ud/0kRzqPzER5v7wxA5tfg8q7r35/p4cEoFePG3zdqUTkNbbr7nd4Hv4ClFuSg4q5QJ7g7kIRiQsXK665QjV+fgAP5x2joiOHk3TdXMyT2O17Brz99rEmy/jTa0PaksTXrzWV/iesK6Munpyxo5XrsmrLN0n9slwE65zpB1sjYhYABxoKK5jNbZ6DaPzlZd+9dmPQJXEatNePK17V74x6MPSEb6I1vqWeND9XOZHh2Rma9N8gSfIY9EeMrA22pwaz61BfCM5ORAaxWCUDyH88wTkn5QJtJHPittw/840B+PC9or16tN9iX+1ky8Kv3R8WKZddaldN9/K2/b+BoHRh8VysoCo8ALLDSUiDHFWVjUXKxwqPQRxfqskw0JdqqZlfW+Gr6Bk4+izpFRCH6MphwCGlH1gSImhvNgm+OdNlDIAQlJWtnTlKhhIrdRLmd8vA+nfDwG531AY36WduMHWo/w0a+N9Mjh8T3JYIJ9O+6iGUGvKodeL6GNWS2wKSt83XoJOefYq1OKE8sYIDxqSJr81ZHyGc0y2Hz8aiLxcTdBzzvAV2ZdHJRBEkOby+OLBGvoBH944NdgBedIQNZUlpZ8NxMIoPe+ahC9hugypREh7TsEs0doYwrPeegI4omX/+1l8lg/3p5KfvLuGGbn+XvQIsRw/JT6eHgkYaeXNU2nsdrn03VWQqq4gxG0NB348oIP9UnVIzs3J94ctXNSwEPL4xxatXNzSxZl8zXNrdE0DOmsrOk6a6VesIA4QMmmX4eM3iEkF+MilgPICUKzpOOVXAs9xPjloYT25XO9f/LYmjAJFXnPFlKtkhQuAI7GlVwVduFuSbXbSl6pSd+D9iet5WVbwjeloo9C4ymIIS2xE2XK5BV8SlR9hoRK6KFo6y8JpxBC08O+ACgvcXutKDYWE75yEM6XIa23j8gDhT7o2MV4APfuNqZsSsccwihkBLjyM9j8fGWUbcv4mPm3kJStfsKG/PIU5N+CA0YmZjTW5s0Hml7+pwt4Yn7Jd3GsfbXxiCzeJ9Ta2iROnsrW5X8sQ7K/bhT+L0DHCfHKsfcnkCJX38VL0ivFS3hSCn4wX7Yjd2a5Delft+y6deC+1NuMIZMQuOwFC/d+pInz8jS+R2jjJtvhwcZbDlh3J8LPsE9QmvN4Yo0ZYPPM0U9X0p58cAMeB9Rw1R/XOdcLNXEwF2hmyRgn51f0vcfQWVnySKU66szop4jkJyKY7U0yqRyUIsD281bKG7KRHMUmONspGjVIe9Ebl28L8daDAGkpawQDGAGt0YjNL3y3Ap4WvRm90zcU8NLuVImNQ0A+Nu4kwvKe818s+xLHghS71WpKRHqIwHidHTidhsipiWSPjbPGUKkkCnUol3EvbYkK4AR8N7hTpERRO+CtFrQ/8TMWt+ZCoCeckE1uzDWOcCs+bRTlRXNpYKO0XKds3UVniCUpGjqfNb2KnjB3tqg4UbdqjdfbGH53MxzpLII/Qh7Gcmk8cIJ14CxKzp3c7NX6w5vQUtHdgxuZm0rXWABpS5axDB5IgJADAwjd9bQGqFIwbJfJx0cmJ5ibhkZLdmzKWDgXJSnnK32aM56+VhTCOEGOvsMbbpiQSDmSGLZQTFCHJuGpBHQbcA5GJdzfAWPZIG7PBJ6RcuDYYANCLXbfBUj7VN8aQj3nb/gCmNzy2/BcFDSAou4fTETWT/qLbhAeH6pBrDPnDOhxTrcPoWEuGGxJ5lEjgVsD5kMOiRxwNdDqN/mLsGM9J/Wo44QSXbLUVWKL0NYATa5BbveQtjIY5tZqnLn8A4TW8/ajr27/PNlohZJVjB1sqwNZZdrbaG8fSISnsEHFklc7V7cwZQOkeSK5Gd8H2qZiV2goPcYAWLBxM9kHxDGs19CE0JeN2WVPEXcNwgtux4Anro0lFMEC5dk2NnpgjQQxiYZJCIKlES4zw2pwMI/6TzqDWRa0bfuhhOZbaTTb5Ro4WZRsYZ7WT9UuXPf52GSnlbzgmMGuf5PklytWUFRU6fkjeLcNq8DKJjM0nMd8NSu0V5RCGxTGn/KphNZTpmckd1gcH+TlWxqhLoeOXxUC8DYFKHW5A//v29Yn31QBUl1u8f+eM7K42V2fD/3eG554k0lY/hyUY60w70CkcAw/09wgvwfAvWQ7ApBm7pXT2AyB/pf+GABUsGAJVufZCcb7S+xw8tTpl3Mkw4B0ifHuqggIXAVgRHK0ulGK46bbi+ZxLJKSC/Ylmp8sSYm24jn+iaNhIu7J0H6jJQFUwelVzSI2hrbFMmrELRl/0tnKtn0WQQMVGq9a/sxy4o/Orzj241eGlNhKOJbt8cgsuZEU7cdUSjieFPpX73x+7OmlZZpuO9OUZdzVmxtx3PmXPmqD9iQHAZ5ntcfy9SsQZZQRSE1Amh7bkdRf2ElGp7beCJZPL2Ot4pb/4gHF8e5TlCTFeSLNjbbOmfs6JI0Uk9lv3XRQNaCTmVMbjzhunEpx2XzV6TS6ZmdSqz6eADn3j7lNESWJnf4ppfneLGfSjr9NtCzPphz/uXf6Qgip6FHcsqlEE6gd35IbB39A2E+T61mScRtm7GZOMDJPhCPuaS2cSz5/RmxXCFvuzOtHi2Pi0ELqO597KMuzIipGT4KRQyPDKWYOTVeXDaouzxw3ACgZNWAHHVOVC+f3WlxM5VGYsDT0RkxxAyX5FTSvDZAIlri14UURVtjzVl2UNQsJP5ktnNR0nwGf1f3X83d8rpIFcDRcjbq+6mjZMpU6ppZknhpVK7ImEotuMWMMma5gY213710YtveGkj3HYMp0TKGPDHvFQwOnqx8wWjqiVxbpIGKYSFop3UUIXEg7pdsK14pmv1ZoAGMMoye+6PoFA6Ur8Z52paCozHtxonjR+1scMSrwZh7dAP3zAqZbgp1RTSkYb5GK+xYUECwxCNNmMIVPh4jYejtAWSdjK4T514TaagAujE7CZ4lymUuyg8HF9mnfAh08vgWNkT8UC2jaypKualmLpkXSHtU3BwdYaXjfM3HMa6PfO0UxF2q0OkJpr9eyMjjzhU3qSk6SwFCBNZY5ex4UKi2kL6tMOmYsurRWlPeHaKBMK40zv7B7rvfBaYraacuxgZQ7VRxj/gro1OoneZjfUcpyOTNlx4YbsrZl6R1BIJt/IG+M7osLUsp7Hfw8I2FVj3pZiwBexLnfqvJiVuel3PcQm/VqlCHggGI076yp0qd+Rjq8m+Cind1RmBUwKcf7uVIJhXE5cdDRdrmNLuKDGbQWprh+/8mzViK5h9CftSgAyA+dWIoArRo3VJ7OrK6OWHgC7KEgxV2vRl3hUjIRPk+R8A6HQVpBjvhmACHJcLSTi4hqk/46KFxL8ErEfF4SKKnKsbunASbdhZCHrDOyAkIsR1xJg0XwA31/lM4VswghKDyphnUhcxtlXdbt4M2OguwW/CkOGDBfCQJJh0TPSgxfBfhpX0RMVnCLOhrMJSfrXbu19hS7mmxC6uMZIF93u6Y8eVn9FFYPR87EjQ1C+E9xFEtLyYTXKK9BTkmmU7np7J8oz1Y4n6u8ampaoLGDgufrTTmzUIi1IxvQrPsX31+cJQ3iKzU8svYi3yBz8POoIGOBlgRonVOOFId9hxwFUhJzpFfuKJoojQo2PeVxEZ8L9lwrXHxKuUkiH/JSbt4cSHXMnhKhkPvteWX9CUsppoqjnSlwzS+yYFYP9T2RzitpLIQqsASk8Ik/0V25EYEtttzaKmw8SmfKV+KJGIGg1dNkUEG5MsU+OOxhlqO60QuWbf8JeNR0fXMfHVw+0jtVqnKpd0ahYgZD7bfZiOapXuJzXAGCOdQjGSqVjB7e2VJQHOddQe5UWcWHw7BhkQqUl2NaJ3qlon19p0BCLxnsnvZRHxtakxPkduGeL6h85EmwmM45Z4oExiqfgDUOUu0T93SeRa+IHw+mC1fSm4I9LdDVT1KTtVmT17Iyx6pJ1xPw6nK1UW0Dsh6pnaGcTTaP4Hcp+pjKe3ruPDYqWNEc0oRMWvYd7apTLEIdsSqriLfmZt44Ypy93agAxfWTrJVe1cdwCHWhr5dkFvO3kGSlhCMjOiKnVfw5lLDnSBc/EzhEuaakKq1SCEzeJzdyDN8z00LsplwNJWW6/X/5F0/8PbUtOg+b/OUTjbU8rVgLEdSIQSEj8IkiWPofDU/6y5/lZt41cs8ITprJAR2lyE0KtsUbSTFiKEFv0puL4MlLdL/Z1edwRTfSU0bh0GIhDJ+fb0SwxDT2V+kfQ/iPp6XRJoWXxvRZo97DAdGw1QkPiFibVfer5M9+PbebmDhE3A2LSeLnRgr+2VZU7Ir6ohuvZ1LWh7wTqsrH7qKkBEPzVl4/ttU9I9CoeFWX5BktIM4oFyDnG7aBoTy3XfEcxVecGj6FUlM6lZ81lNsW/jibihXr4H8HwQGAo7id00PAty9Y9OZONjbvV5zb2W26nS/x23mpSs3EjG8Ht/Nu3sub1Bv661bspMshTO5A8VcujaUDyUoadya7O1KoW5InWK2/FjhuRwNoj/uU55m088RxkqXfAIZTRkP8nOpuCbE34nYWPTgQpZ4YJnOsH51MVmNrNRY9Io0erRJsRkPbhzLL7lRiDTFJsgISb/0MQcwZNG/EmcIiSfydIHtOupY4ISwaQzvk0fiU15oc9L1wjAFv94LpvgtxrrPbI5Pf5ktJ/p0Pen1fN01ZMAXSWW+nkHEfNE8neC7t/ayT+1lj+hSaJX1c94vpdjYnoiUrk2DgC8yDjH2ez4CezG+ZRt0Z3ZRnk45CJ5lI1wCPueQZm16Wi+Jz0YOFuym381H6cxLxBiDSCRu/naiQPmH7QU7b7bSEWb8/L5X9Iw8tFBf7rzUTzXFbVjCPEKHid4tYcY8zqe4ileB1Dd4eKx+mIV21qef/2ABIkqTQY1okiZrg0B89W+8I0xXZC+xY4cfA+U+soh95nI5e259XALRP/x+8/Up7WigpOCgYddb4M7+ic0fvSEsmvX0oYUOkju2SNv6STzKb8FF+Sf8b9WciT/NZPs/OzLE+X6Qdk4r5ITz5q/u4AK16mbUQE21KfPrfgvozlxUYc4gA13wJEyc9nFdzdFNedWn6pCccYPykMslgYmRKV7XBVS4wGkPpakYxvy9WywWeyhsfJFKfIt14BADrXq6JRnEubMkakVQIf0GmW+b8PESLqY/n3VedM8frzIQUJcLWylCJizmNpDAu54/+uQDyD0PaZ8eUSOU1P9EdAwXFT5Y64nC3tCl02Z8rGy/8I+eDw/UwrvQ6ZnQKgxSWRKLuDT7pzxMIdKBDeX9gPDIxyTMuYRCMW1gWtYapB/p3Ybwc209ewfdJ5Uk4ts4QNnytIsWqFIAqqc01S1c2BheNN/n91dcjAcoJ3YFQKngTgH8rQO32ti1xBvIdVtRzZasplRGwooBF0mYMSODHQ0kaP9IA1lqOdCcN7+7JPEpvw6zLdbnn3g8Sme43qYEhQaKRxtukNd6DoDCRNIC2168kMkEEUxNNDcTbSOJdvn0Nn2rg9qDwew2DMxBcLpgq6c3Ayie3n7Uo4UWO1LJWC3cA05DR1Tb5dQh0Nmu08PfyL95nAmgjsjSngambdFikn0i5E4BPzQUp3xPQ1NvblJ3U1CuyLA+Kj+enUnvecF6eXUb8PQ88ffl/fsx9z2Nf4Xe3QyH/GDLP259YKvV/NIiMSTQy2BN/hVkHlxZ98BzRm6tGK5hyik/5OWE2ZaufsvruwlNF2O0zoTXlzxMQ1gN6t9VWCmnsNY6nbXrBPzXftRKIPqMu9cMZ7dHTVGXyJmPHT1LVGLdyVdW4CkFvSqeGo/I1nzqJEZrWANDmrP36zKfFzOlm0+hgF0fDWcoGdEWqAZ1TuGe8v1/ya8YBfUvA68/vCXgi7asHxayuWL4Tr1N26JZAcIWkD5wk/sJUFlAL4Dvl3uyscatWAI7UBYqnrIcoi/5XXYAvKtdLnL6cmrGfy8qBHnZKZIuPdoEdFVhLtJynH0LWxsaezJuvBBSJbpN82iCz5MOUPisXMUXltrmmUudy6PY2/eArw/bBotWv//rcRgSVu56o1qdgkUR/Yyq6/+vUkAktVzHac9Axs44Afld+pBhiCbCp7dx2R7Ntuy8qKt4AlEdvSwt4ThEpRdrtLu5RtNUIP3mXbN3YOLAq4bax4f9pwK1bJm7zeMoAqBPIqGStJ2KoYCxivrUD4UTHrXIgh8pObz0RdzqCZUogX2dim8q8hQVEVO4sofvw5VE/LiRREUFcFjQOkKi8ZNbUwhG28AU9NFEhGUyNOmz6klfuT30CFJVqNn/rHvB+JqaoXNqFAIBdePsrO/2nGo7hE6yxjotbrq/DdTYIraGUShMNDllRlK/r9ndKNBlVk3Td5tgFRzlED0ut70cpMdWxxVxisWrEXOa4YvCN8gIHopw3eHV+9iTeA0FOGKmoNG0gKXj1Rysz4xITBoBC1lSTNK2tUeX4J/Yffv8BWxc8MuMrWyQRHeXdFK0j2txbx4LI1xawmL7Cp5Db03tarMZu9+H/lP0tWULPbeDXZuPKu1G0ZIvhXcImlT6q6xjxK5Vh/Copv1IjvypD+LXr+FUVxa90PPiVqgh+GcqvgvmVEvOrjfCrajF+VSXiV0rCr47c4FHqYqAN8StVCuFXRaSxZQ/FrVHt6nlrNdBoDZJa5fjHSHiLQdTJxPAnnK2EVDslcVWLnmyVSpJntROZWvEJf0oyIexkia6Mk4UT9qVQGBnkfJEvai69t0Zk6m0WtngrZnTxV7ZcWm5IVak1712dXz7GxFoNDFMXfJJN4qJds03ZYxnhGEJrHGb+oGAGEr4mAN6qHNtLBo2AxO6ZVhMzTb6NUExWEP1hO7MjZf82AVQ0ttHiQ+s6HI6z/ld+ZXz88BaMYgXrullWr+63rlnlPIoFGnE++ENF91X0fj47MpHTFoeicbx7HFLdqR7n6T+LaDScm2WYb0+QxeZMqnpoHRZVMZHwx17/UNJ5Ys2f8CSWeU+ZEQO+oFcOnTJdjJkZfdg1//2+N3Y0HmUQZB0xVfQloaTY1OVaeibEtI+REWY9UoIhSfeUFizLgcqYptXWOJlCETgk1CPfLD7Mn22wNU9KRbMvU1RgwzUUczzoAvPIjUSv9p6a05ZSTJwp1BPqnnlLN3GyP9kPhUntkEgZk487FGUoxUt5+9eJfxkIyCh/Y1N7CmVUxGtV/Zg3zLqMQTVTxYBfnG/1yOYBkta6PhwZmswyQD5QeHBQ44GAdUItPVbKNLzfj9c0tvb/Oq2QFLWu23d7yxx8a3b1rlsP9KeQI122cy58/y3HYXeHc+Dtc6BgMQlPAVIUUPCEMKvSU/HXw2JAb/D+cmsvdhNTj0P3EC1MEMXuIUoBkWMo1xEJ7G6KIoAjWlx5sr5XFu/s5JSgpaUNpfLANB5y8oODHpklPJ0HO7QwwqLkRHAHBKTDKOlxXvSy7EnBaviZAP9tRDn8wY8L3tEQGaaUBB/7xYRxOzSsruqUgkWD/DnkTOnKVgD7QJ74HmiwodZuC8vqiH6UyqYqjDTZ8S/sL38EaHpVzmxDcksAAF7VjY+oldIZHb8Op9Lb4oiu7c2N6I2pvmaUqvqYYtuqmpCoXjCRHAn/EzQ/B3wyu/qlfe6QENUmDa+s4Zl8RlcTzjjD/zW2d7MPXoXKB8HhFla/Hl5rrSo1F2ADuVo7HRPACQ6D1Oh+hftmJjGcJyAt1uTnqEKlGEtqhGuB2UmA1yZgOFCCP1ybfA1WRilzH0EgdAsI9OI7yEzPjRQ/z1TSuCpHPHLkdar98e05mng77PhwzL6NUGE/HWFgh7ZvHQsmGEpYJqzrg9Ibdw3itGQOdIpI/JDtyPgTz82Kll3lKzPaTNR27L7I4UaBWLPJb9M46T0wvtmP7OXwMMjWetoSPBLo8r9QWSQT0k2r58KUm5ZcFVfPKULAfyzxvGSAdFZ/smm6Aa8GHZ4RV0hMr0gOCD7X51lHSAAyqLghClT+ex8Ig72CY7iZHj6LDdiRTmNfhr+7OXU/RtflfKBLHGpEyZ6CLHsuSGKuMIkRS29zrGgXNKjnJs+c+vKrWc9ZJiYub4WJN3aT1QMTsbD3lmlBGk0Rfyn8EUv7EIrXJkPlZMkRhz6raDjBT1sp0yKrDD2huk46ncxkKfjcKedIu7aNUKUEF7TdDUj07p6PXU2u7LJEoiHP6I8Owt9ND9TsPydEZXSzwV+JT8bK3eBbZfYYh4IJJ7fyZ8SfhmODWNUEYMYrQA7fZHaNqKDy9uGRhB4DRBkxAPdKcA2HzGWfTMMkLofFYUJSAfCnBAtltskkB0nEfErlIGqFXJTZHnei4vNNBv5XOsGSJo93MjGh0BOuxoBiFx319qC7P8BvvsZIYkjWLAMO72tMhKE/e3bDtcRX+llSxAgXYUj+MpOUwhkXAKVju2uQxKz5aakS5rjIUQCHQS5GJaCQRS5KeX5dCf31bqYenH6unfTk6jKUcC4QzO4GN9BpU2H8Dz6mPIeXTCLzjdCJ97BnMJBWHmSSK/fdSOp5k3EYI+vxbiLEfEjA3z+l/DymPoZwGU3zfn5UNZDzOgyZnFFOKIEwcdo/XGqapFLTsceqWGEMBYAEBw3H4JjNTGjaspQBNUVFsyTINVTNzREUeUUiqiap7LO0eFzCm1YRFzUvH+zJ/EE1plffyiX8abCj01aDUUHNOoJpAFfl9XHlHVSd+GjDllBSQXxtJgS7M8wLef9xPbfnRWnDIz9ajg3sP75ft0X7417QJji0rpXkaUSwyIoVNAsGwHGa7TbJRpNoAER9d/3AnMKYDS6vTg9hkgEYR5OYpNy1DvNoqC3JC/PA5FlSVqWfYYjObCVLWX1RC9IOh9BFvhfNrTeGIdNZ1FTEJmOniAncl3X4F7NnhsoJ2uDo2UcpxGHcu8UoE81+mMmnmg7FD2M2rlaaHryTSdaZFRoEKSyttEqIBW/9lhkIt1wU/MuPL9OG7m4zn6ZjdrdqksxLk7RKkm0CT4tNkzxhowumM4g0dvkPaf22VCTbfvQZRzc1dHSHd4deW4+mmWs/TJxEW+28UKKI8rTkfWm5WT5SDWnz76knu2Ste/gSMqeVZyAH4ZwrhEVL1kD9lzZuvs0tPBbZvmk1s82q4OBasgJ2J7F4lymgI6s0zHV3qQShhmjNOdpxFAjjUmBHhqeAUjg1cRQzxU11ARxo4lrkkUICAIGSQkwcNHvl7ViIY0I+t0zUGlf7pgUVQMrzj8rkNMI8cqdRKTji530Zd+KDajs8aO+llDZ5Ku/c+O3GywyctlEyDD5DpbT6CwXcs00ndKiJCFSuSQDU8lPsPMHx0pKxuRatHmFwTYXdyrzYhnmx0STY9/Xwg3lcM2ISaktU8LaGnK3xbDncjzyU3sy1jxvXOXRi5zRaBQAmGoUDreAWtWLHejWTTOa0Y9htHtNsEue7YcwLKfJETPglvAhoyJqGN6qEDQz4xi4VY1Y1E7JvbneRnm8gPLQxN0kElaNm8cI9x4RC2L7t2H90Gd5vpp1AxWE0UJY/+D4t9IPPsawLlkAaa4TuBmPIgZjnHlMOVqfJ0CWac0fTJP4ocrAtIFfMxK+3VoRCpBdqdoBikJabs7i2gtka1gKGpp3YdsOpQH1JrU1+szlld9frNuZIUUJKlPtZgrbmsAcHaiP3XhQz/gTyGtCdxKkOc727E8cE8Ulzo6MFlaoLUNEIfqTm8lpmG0yybkzytckk6PW1GQ4ThstIHFPYjZjklordgkl2sEl2gkkstU+nnIzvAy3qY+vnPdh0wNpraRm7QaEHmiywiM8YO1KtLVxWFVNmxItXGRhb2sKZsZpiVyQT4RIttkOfc3Qq2+Mj+QgsySA3YcqTheqZ1p4oQ98qrukzUkQGgmvrZUsODM4MVU2KosxtyGNzzqfuHUV2A9l7Hi2MqwMLNJwvuG0tg7NO+9k7AW9JzujNspF34Gbs1L7EYp7HSzBU3ns7HFiCVpmTrX3dSKKmqAYdRVGToLJTSWMLyJgV5x20ylLRwIVASP/zLWWQw8W+8ANFBNNzq1Aj03OLGF+n4Vb/MtXinX8+ytpV82pPK4na5qo9O+9CtrV+qTIOAf+hoI62exnyPjYzE0pDtH0SEjIbSZjOKfa00/6KlOqcXULtPT4lrYkoEpFVvZYLpYjYTKzWdF/iD+tRMmiSiO7+hYGwZxIyu44csmhZ3hCLOEGlD3RCGCaE/iGe5l57MBacZq8E1ckbcjoqig3LFOA8Q0fvJL6PCM86us4rCateivfMmxuY65L5H7R9OAIiM0SzFhKXMZLIYgo4ASIXutgZfIZHva9AD0qRwm+uNN4TKR+Y/g0RRhKE0WlpeLwY8GYD1hwhuoJzJS0LMCyHEnw//LftjMr5RZcLK2sUNu8cr4Jfa44jgk0RpkYNAFMzQm2pRV2sSmlDCEy7apJIpqsM+1oxt3lb/q4ZbrND3W3VJMfgVcMmk+x0kwBp6LrtNskW3ZXkXI/EMyU6p7/NvDjS1J4xdMluG/nwtuM+MMUoYLKTSvM27enebzToK92pSrCx5zYm2aK7EZPw5MyHfcj44P7NCD62wSRE5rAfXxbOn1g8/2JlhHIBByboSbdp2r1dJrml+m68b+Pk/3x1NqoPah/VlOwHGIFJHIty+IKjdDT9qJC5djAHZ6NJRoYOsDBGcFaMV5vcTwJvPwW+bfwAnMaQlebdMo1AQMnnF46byetrQ9TuI94i7B7PwCSnRMcRy+Blao3J2rPxjiGUVkwdOdkhVcSNKzWbveXiEEzjINc9mmKhQqoeoBUmmLfjg884WzDJbUyy3SbZZpNsk0nI+ZsTbpLHUpNoWPBQgyn93+ARKlivHf8guw50qUp9E9q49rfl7TdxldsOZLZiaKAiA3NrM4O9BS7mWY/aBO4axlczsl87IvUZC33n0cAIiUjGVDPNVdMLFFq5BmsMlZDOSLUQC8bCOivnCKzcol4io3Iy8EwbMVaHH7YM5TarC3dYud9At2blNutRSedsYqVULrG2QXXZx3M8ODYBJ34GW8+KTP/fZq0k9GfYWjXFoD97Hayn+z88Rx996FkPH2ao5LwGwiJtcpyK1FYlIOrz3Bmcyja9Q+tioxFASeSvjf+s99FVN/8LHETVXaFW5zzvBW2xq+PQ89j6IzPyJsuNkigXenii67rextkFlLA2nXebzrvR0I2f98hFOaTLbnPDafko/hgWooPyUP4kZOjQk137XlII5boUIjmge5d11KoKWoXKEyC570EPet5KD3+Yg2aHGrro8VPPtmlTiI4WdeEuVA1PiSB/mkHndRhhktt0+f+Il6j0+JCzuDLhme+5NMmNeCkbCCe+gPwSJTkRJDmQtg1W81kRrwgDERHTFDGQ6MyFaROCmUXBZ/W8qAahZKv+Qd2fHjPZbcmZnGsWfvdkfbzVKZD5OEY97ftLRTGEFTJPdbIvIurrmkClk0OFyhMZ957qk5dd+46vZQ2qSB776V5SjPnExSeM2PorMXdB8MCf0wFEAuhHoSuPufEKGMqYN+iHSuyXC76rBZGB6hhEbcYbmYwhYqNy7Ad3B1oL9F3w10+cGjETftKLbl0YKifnWnYQkqbLaxBf5ushnklEIkyIGD8D17iufweGkwugFuiDEBwFlcGOL9uWM4SFeHjXzTx7xftoFyLsms0MXJOSeq/Ou/DaXn67OqdxNKPrXT68mea1VojT+flyfwbrIfj6ssgR4Gk5YueNyKLqd21xTdaM4ukK58S5V52YY4a9bYnHHBe22xEeEZmjRb1s/emess2nyK8nbdeozAxZ5QCLMMGMa37sy1q5ujW4k8lo9veZHPgwoUAUrtJ61Hs81Jy5398ItfgvUZo7ft7vlzoL419x/b9ZVQH5xTZQmuaOf1h43QMXtEgD9PRhLWpNHFKc+NavRQonSZrm4MvN9YdXCH+iHpv/CM+b/AR3XUsjn77j7u9S/3adKypSggG8mCQjGI/x9IJdm7fDIiXMl1/XBW7tC97bnPs2muL2uZTH9s3cTt7U3WAeYR9BNU3bt/edfXeLD9Ohe9/brNM8S2jGZsmHhQeb+EYBYNmGGTG5RfH6iDZWv7a0AvKQfrLViE0i+ufoBmcfXKB6BmRg54IqPfCdG2zUtYflj8knhQmJnSiNvmaBDhfCtERU2fRRmZ6wrTumTQwkPC0h5WPChKC5/H/RyYdqhRrPLrGeQ6DVkGc/r1tN94f8gG4KhBUORHhIkSpg5adpLK4zlIyq+p5qg6E0k1fLCYq7PG9BRF2Ou+H1bB0kTjOwFRUTUxD2AcksuL2MPxwkEtw/FiCa7yQUXgr1qrelp2FJXnFenz+cY4mtb6PTo/nJ+xv+641ly67fYl3UuhOqAKWSTYWnIYyT72ZXdtFj9H3ZF+x0WONeblIom/FjYVYRfaB2mHqLIhGEr+dYoDPtAQDkotdeg6/scGu72VVZVJhOCqWpjLOps2pO0VxZapDYGXLsXM/VeuYHHRdSoAE23jWiILP878jeFktLyoZs4kGA1oSCTjKILX95JZdgl8RiAOGxFgFzSTKhrMEb0oI2YojJXoDxbn3F0h3c9REmYHuLmexV65vsFR33gdUOLILqym++Sy6qmyunELk1o3Wn+W5iPAVesD+syd0sAnHL3s3mjHEGgOhHkRythvu9C8tuqa2M5WG1c4RVucPyi+UTSw1bqsoNtvWwanjYzgdWDQfLLTZ0LN9YvrDmA22zYVW+sPxgOyVbq5ZRfqbqweCCP8aRjVX/ljq4rRJehS9nI1hFpDHu32BCIq6vZ8+8sms4ZdALufkDCynPoZiu3UWV2ikKq+Fb1+QWt9f7aLf8s2raMxcE24Q/wmhXcjWWaYXtrzjdlB5dma5V06WRr6ZSCqJTwuhdx90gGXe78ds3zoN51vl1xYCoVRMrIt1uesoOuC+FRdn1DoNEz+5agHRa3hTKJbrVwRMTkxipYmeDV+ENg1ZzIV25wSqaUj73cUtnHTx4lc6b9vXU9J5sXVNca00p2+1PNCoRUMuTHOzwEMJkLFNXyCNGBaNmmzliq4T37O0K27orQURQUVhyQP6b25UTXbzZSF0G1u/oWr4uY1ZUPKeZ2VgVc6J3nYXqbStCvkarq27X+tHJlK+BM+Zzzp7aOU3Or2u1OXOXaQg36FiHmOi6O8nzxzZxMPdG+C2AwEe4bibidrV0MOM0lE/X8CxBQ0Y0K7Uu/YxXpF7QYkENHswFD5bVKkZYhcp+EJlo0UeWGwdiPNM59ool1FoESY8m74YdFVcByuWFSf/r386XWle/9brWm+VLL6AGirNoLFPHSpFC/PZrJ3EOI2JgAjgIENtZZAn9Ocs1h2/A21WhIqBXVjq87sesCaYOB7XFER8kxcDbDWdosNh8m/7u42BolxXDlJLryT7eTj4T132mLMGxH8DuQuwpC2AwK0kjNZ77Ais+6/Fv1BRxoKiswzkukTpacxgkTGLtno4wJIiQIKiuB0o2KPkzzIHylFc/vkPXspfRNKDk/pnsAKeSWhqOZBMNlh92OFugW1G6iGzPbfdn7y09Ms9/SzKdkENUdoe27RPrz4Y8Q7IPcbFXZoogk1UsCuluNPy+kjDNu2s7Ly+atAR1qG2s8xxpizeohTT5RZZBTb25KzIyZnmILw/Z0l7CfyJ+qSmyPAgq34BH3m++kf+U+yu46yzKEW7KZKz2GEuf/jcn3rwOrNbfaALhmOAogPZ2w3390kud0/hzGsTqh//Ygkyvvhm6luCDCnuWTqsMtqlx+yCbq4ArZWbhERQ9MVsrlvA6xzyz0PDtAhF6ZUBm4RHPdbJ1/Gu9ESSrejAbFgHGgcDj8xaEPeThWPL0jYt2wUpaCDF2lMMzJ0IdUlalqjxoxz5NHjhQuW1CE/zFbxAkbrFr3T8Qj+8KRCAiZpaGXvUqIIeHhv55o4MFeHM+/VMn+jl0C29bYQEeFB4nwQ3Pxpd91jG2xstqDdPW1CEIMH/cKamk8AJEI3i5cuxEiVIA1ShasdAqNJudDvACLmlTSgqu0+2DET5DRrT6AydTOitwR7TGuLfn6lqajoeVIbMAsdNfXIFTP+FaRzr/mr2wGa2dJ3lZ76YCYLGcbw2SfI2z8w2y9cyI8eoIV5GMnVJ5fArK8CxoydO3Fpcw/4Z4zZUTG1TZCCRGAb5qoprMswPQTIq6wGQW4VolB0+65IV2bzUeKYP1uLMOpZzHcm4weptnNGhFCjkI8tinsdxIEbm6K4zMrgEX95RnnWTjb7m7FhX4PJ8gXWro7dWPvlK0b/8KN14UES0ZqCvbIkq9MhTaRXnZyyt7c7qc/FvkVJZX1OHaXgWrTqlpkyvstE/lUynpg8Yx4XVvu+ldEb+Dn7EhZtqdB1E4/n6+eK4CzvbCZKMDZEVw0TldARRoOM+25sH2OhUHiN8Kzl3puqEuW6g8vTzRJBja3L0uZ8evdRzh10CNyEo10rWcXqGXJARKJJreMbHOOrl/AN79OFrB4986EGjuAGH+XsHAey7vISx7XwHETht2yIWxSZSVSfObSXkroWopJiDUnjVYuX0SB3Dx07iRodKY4EcnczhMBC13MphD/V0uaU5dj0h0qneaDEQK6dTZKHUuT/ioHRNNhCd8ihn+E9xfBuDgxMIx1vWHjVlTxCOP7xCUMY9pj83KrB/vgBbI2zY80b3kMqVNW4xPWy73aIWC01xEMdCCy5P1tD2gpt41Pu7H4dr5SyKPRdmRohQnZRrhwWxFL2GKEq4W+qAL9f07LMpuKudRk/IpsilsNUbWKVT18TILKgB3VG5fwbcDKkCNXA4EbM1WEh97VM+o3hrQKY2NyN7JieET1PCOX2l4oottAxJtQtjAmp2f0k9savqoNm6azBLorrYf0zybPYZEp9coFLF9xOTWrOCySjz9rpuWxIXpbdYNZohRYo+2uNiRzXDyzJvPhbz5aXi7fLDmOATYFLiooKoeYwz9P+YtDZrvJhvFXiM6KtsWPuzYCz0h0skLrIbhFcAIFVehwCkstAntvzkfAzx4L6X5rQmqNnP1RK1oiRCfwd9QYfdO0QFe3dDZLRfXz0zz1mQEMNllgLrUOdzTLozAx4KsSefBBLap0zPbBByT1Hu2NApNNeta/+EU4iqOU5zXOg1aDk+Jt0nl8M4/lIWKUzY9SkWaTtea10GgPGVD+Nq4A0qyHMvKUaztOyDXp1WIV7kv3mGZ16mouZHN4XuCeW49R6t30WRrCIdRo/qOtRPbuxQidl0M2JIgtEMmbOh/oG4g2jQoGdgnXHjwG4TA29HCCVRh87neW/1TgMu8GUnZPwHHaxM0raiKC3GisGynQ/Rs/LZ56SiUCxgJMvouvZlaZLkG+1kXFttT48XltHlvC4s0EIG3g01sbrNFJwuZM8F27wtz5nGAefYmZocFKW2e4SLrl9ccWOPLeNc1DDM2g5dRaVsCb5wQce6eG/xsKpfioqRYIYL+Ut4guE0VCLNSQE71hk0R6TaBhLfvkEuvL4w5lMO1M/Yz7+eyCjA/Ly2yh9tFrq/AvsU7ZgRtMAJAwXOYPQHIF4+rzEISBL+bUyWT80a1hvhlOabjdZ2yH0E3QLt6vLEsZrCxMnWxEwHaO1y4HIVu32MYjea+tBzyS+f0+xSiIEInL0lNXGOtl4CdWqwiFaaTj8Zl6pwuef+kI/nmOGDDqccGhQ702jb7Hj6/SRWZ1/EqPr1sB+K12947vzx7B95syTZgrlxX7U5CasNWHxMnEiHjlxnAKJTCYS4vGtDp+nie59iFg80xR68ynmIn8M2u/WDQk6oR1kz1M5JIqXRbBMO9gy7aIZij4jNLL0aoR8UYFiidCklJvacf3WMdFh7qPE7PpvN/r5Ll8nLpByKkUeEr33Mfw868QfBpvmnagvewvGEGCiXRQdWREYyvFKNMPX5dYNydxF4Q2d/b33J7Je+ZkhkzIpAxGHf3wwPHSA3SwMAu9SmOLXh/HIAFFvnGmFMWQ9PDiBtY8jKnVgPpPluEaB14ZuYDCmTlmeQGgHuhG6+5U+eAFXHnSlBaODH+dlGh3lzzRHyVJMbcUM054WtoIbs47o0Icy0b79cAydFvaFqmAPy1jjbSh8SP/HISKiVVXGs+WoL59eNbyUoVU8tUHaBSvkVpyVWYZ1whZJYTelDSFRfZUVruokchMussnl3Eu9Ykmgeq5h1s8WfKEsn1pR1C04jXvRmSK9kYyBAptkaOL81+8Jtvg+TylTx6j8yN3EdUk7b2i/jukOErK+uHh6wuMnsaID1bEDc9jzVFJWGA15oSpUFTI5aH6l3/u84VwfkS4RKW8sKv6jhV6Ld7k9Mf/qmsQL2zokaCl+lEjYjhHL7UNvgApzAW7UItbGLXuFA4l6Hu/QGVteyw4Sa1FZXRf3n6p/tCObQDO+BPCRKkV5i5BC3WunFQwe/uFehFEpgbXZXwOXRNBCHAWkfztV2oVXttl8wcALg229U3MRc/6H+4CyBWJvyjtFVVfc2qM4okpi/6D24V08EwF3koF7hVu77iT39U3jy+tsAJtYM3AMqORthfu9eiqk/i0yFy08Er3dUrXQw61vTNGlTMOBrTmVvMQYuXLDegJxqY9MRB9CXmBf3YCMKhOe+U5zZj+GPvm+RiTbT0IrUooBfbPgVE5LZbsCi9mXPe1H+VKABA6ynPHEQLwffRnl5dWDB33ku1+rhU1uJycVypPKK0VwC1wKMDQdqz5LiAjGRQzoQA4EVAQrdjkQZV0EmDsckzo8F0AXehvVroxGfUB8m38Fefd8jMoMGL6btq1eKrtKGWXrs1FJID1mqNGEWDtRX+DVYBfAVckcYqcT83biK+dMiAdPzae4Mr8g1ULV7ObW58OJuIBBGMmXOLD0qyE/sr8jWZeiB13MnT7jLaiyVPOeY0o2x426sYPV9flOgaxfmODUHtbhQmMLDI/lNSEkjhbNgeKTUWvqP3Qft8T3oErqYybzHL/qgX++TYU2I83TKDMNmrDwLGOvJyejxZU6TfZBBF5IqgRdaT6VEbZBBhXpOxaw3jPijg7nn57Fu+ksmbV1uL8rPQf9uqT4fbzU+Sa5Xjagddq6qF3+el+N52ra5VWM/4es0NQF1FeQTget0owLtZUZonMeiN17P4bklGXurr6kdDNZbPfqsW7FfhTwDcLtKdT4pQwNW7zHj5X1h7R8O2mwM5Sg/4NOp0V+w7ypAdMeyP0CRyXHQxlWwod4mXlJ1ED2U8PAczCP0ZnBxNyDlne5LCBgyfmyKmdW1nZZaUpsR5qaOdWgTdmGZodebf62FYPEj5YclGoQhwikIdNu1OIe7WvdqXJOwb9o9VaYQWNevE7yv3RjiCQSg/3hMO6MRAQAEFMep8YlxZw+d2FoUNSMANRFlTiebyLAb+yJj3a/m/kVk55IbWXC0FSxl79ITNoUK8nT0owHtYjA4lQVZlVoe6QGjhUj+CvfcmiZjphpEbZfUl2GEFeBxFaaSOQrh1OHcEVGdVA13Hgk4N11XcTqSYVj/a/80ZYwERJFYlvnZ5DtTpNsCj4sJkanEaNCH7IAq9/4MDjlZtclwNo4nYA1GnmcFPQzJaXxCFxBbopknVyO2916FpGHeqBB0qiSmslYePpBIr0VTBt+CeKWKJ8brKnk639yUw2kLH2jkyAuwdx8DFflSQPQkoFm0Xaw/ofM7dWjGfIgqGZ2urHwQf61Q1Bpbik5g27p9HGprYLcfWZAFWKBqkItUrwOjPpNUFBwKBuUATGoNDmkQZDzaAkKBYrXGMFPu+lD4uIKY2LYQkvELMm6HcAJa2V/foaQml7UyKAnpaeuVlaJ53LBm81AsZqMfquv2sCKjFtIYWyzEnpR1yro6avyk3CSyR1JeYlAF5IB58JeDk1+S/Gr9wDtD8+kCWanbicl+d+DAIaOofd/iqejQxeT7h2FBM+R3vui7APjYgt6YLgBtUa2hOIek/iFxTU8n+Ot5xgFJfY6Fnz+3ZFHta87qXeNUByeGQhl9/fTyppzXI7tPYycEBjWzPyoy36q+Mk2PpJ5rnxQ7qDe3HprNwrF9bdbtfaG9vGg0v6mUVkftq//vTZOqSzqt6XRK6aq8uH1oGmGzeRsb9SRn46mQq5zFivZ7E/uWqp4CAq95ME5n+tjS0Gs49kVyTaW5EeTBOy8KD9fURC7OumqrXxlgxzGAEeuC1z3G/qY8yJ9pMXBoyuGJSGqM4O/DRen9KrgdVmDZLZ/xqSucjikaFY8UoJuDXl6fvqybgNYhWAhZpK/0ob5IVmw/XR1dcypyfISTnYH7jHr2SC49XzUZHq24KqnUX82nm7N4sT8TZwp65ndtrdrOKXmvtIKyuiQLJ05kMFQshESXGOcq9Eviaju+qj9kxVHNLsAPHv3JaoQoLV03TDSBHnet74r8Tv74FL/GCtt6XQF2JxrtbIQAf/ntdL0H4WEdvq3rY78pwu/wB/GOjTDeLHSOniPMfoLoY/a/2zffVsBNlbwGV7w0Vr/CaYEvZJPwXyuYCcHexuf5/U0m1ZRhwXkb4bYc5GgUJsac/Fu5DTHrK+/pQgBeMNO1+xOeT5+rEOYGS18B/RTyedIqk9txKRVysBsnHteuravWD4/OFSw0RSfv/enlgXPFBDn/C5tuJtgIhCAYuDWD0VgrAHNFqpzoM6rVisqR8hKfFaxr7eh8zG6kkigD+WK7MH5SAKStN2vsb1Gqv3XcVXh0q/KYClSUzNhp6uiDK/82e4kvyanFEsUs7zSv6VCsFcZNWcpvWV4A4WMkkFC32Y32ot0ceD872N3bCOkTS8erQwy4wE15qU6bt/SXVCpvsg0kLV70wQvC23PBDPN1CP9kQ5wfT0toB7/x3fS4ZsW1/KdkGJEgf9odcWuOYrrtmPWvDvvTZCLQkmmyQ83WOG7W2oAp0q7oQOrd5HPuIfIZDHKqjyGoZjyrDAk3wQqwVcq3cmL33/7vJnZ8/qIoC0ccmhQfabbnLxW4YZwkRKww9+WfWB1EWWxqSU+RlF4dhdcoWM+fBocc8biq+0c3Xmh5jlm/VX6oVwIz73dbPVFqhnblDHrq5IjxVvae56efFwfKpYC0MOwVVw134YfwxyLtjB0dBPamO+VTp1XH1xU2DzpKK/WaOPO4PEVn+weU3GFDsQGVRDFit3LEJUvIMV0ZUK5IwP9poAu7CxQVtD1MG1nGR851Z49DaMZYa1TSZm3jgRo4nozQQXI+9b2zc6kq+xMiDTNDELPG5CN4FTjLAj2iOGMueCONgksUmQvUZfGZz6Jfa1gB1Yb3MaDy0vIhe32ttkGzrGKK5ynJ3jpE3d9fkqXbuJ49Cq2Q6nBmI4sn004r2o6DF5UGp/OkmoRKevrMaS3m60DciGqI492yRwc2I2HN+wDdUapnA4vZBXNOUxGuBE7b3XAq0txKt120+ajfj5djQeM6ZQRMnbzO0Xn46DaK7PmuaBgO47vAJp4KXXoctb9gjXuI6uWMbozaDVisCs38olE5sFwo5gZcqCTPo0Qdrl8jHmgUaMojeSTgnLjdN3Wfn62SUgeGDNvftjtshxZ5ccKd2uzsMyAxtYY/JURfblYKiFDK+CL6lm//SVkT9dn6LWkYgDgQrnBafwwFU9e/FsIRK5MkXypB9jUpOyXWNkbgyjaZlC+X73av0DUO8GGfPn59I0RjsfQnO/WftgmV0NHGca0LTvmXRaocJNew9AsUz2IQed6UNFDxiZ0FtTe+QsXCGbzKT0P8E5+YsHcmbu02qzl1sJMvd8camb3O3jYw2Kgz/dplpjAucFi8uvahWeZMkkPAT/8DOVDWinZGAUXYy87mvXRLdU2pUZb/kA76d5j7eI6BAhK99aF1Pz1hkRGS6z/m2NeeKZsy34WNh3+Wms40achhjmmvjXZBNHo8PibaKjYgyR6CSoFOf0Wm3xXsaNpOgNW/wv4qSI6do9n7534WIgOFNsc4JOzBNKhreEXBfuXMNHSe8eXNvgkTEEBD3cuHUc11/KgiF0sSad5r5ePML6/Ry3xkqAZzroopYzdxAw7AeXOqtcIZjX4LUTdOPBi0p18EwvZu8rkpz6VPQ510kPuGZGOwAF4Q0EfloQtv9LarHoOqDd2nVmc9EhtokqH7PEMD/JQ6EyhUcxW3HCn9x29s6i0pfBr9/QSAD5WiKX3jNvsqb3pHOuoQksDbri6LdJdcTq5zbDRukwUlVfNU2WUCvDf4hArquCAV03WQMDnkLVfKo36uBl2bEOYLNTy2rgIU4rS+lim1X3gCv7DEJkQqklZ9CCuvRHgnAaJw73k3za8c7POnI9CAwjEycwpzE7sUQPnzm2hyI6keey9Js6nw+2D52+sLCllOnUakD9ajMeFrA0OOg8Lc2KPy8awZjOFhVHOiQNkh5ksl4lcFDRyrhlC8EFrXu074Dhoyr7vizGzD3RjpE5S6W9CtLEq4BkN/ZaAfrdURhw6nziYJIfjadOn5TALkT/KG9j9yBtR9OiGBl7e1kxT9T6q3XwOkX1B8XYFBkbc/vxIp/yZ+fA7mXvoUGa2gJs2oCfHcE1G9vP1DDC6Hyd6B6DeCGEb4MB+SMoRlWE/2nLHyj3V6M4011oAbbQUb4Rl1Q33yDxDVg7fL7vOjrshYUSmYhIUOSu//i/AbQlp74Z/A8jCXVWUAV3N4MfaQp6iD0YDRTQvet2PKcVfOD3S22zvvxt/Vqz1Q0MGto3zxOOvC25V98YhPdxC0OtEhckHkNAX6CH+w+go+vHpWbn4jFpj5jVUcpLWFAJPFA7/DPofkafO1rWI2XlhX/otbyzXq4+Mn63/7+fOMNhhPtX5cUSPb3N3QMoHHY6fm8uQ4bi+sV6X2FY7DZDyA20c9uSk37sajbjDueVYI+YrUdwLoWZmgPNfr4HYLw0nXBGFrXWPEprB8SYfISjULohsPdUCXXCbpujL31iX2P4m6cMvQy9g8RdoQoqEH1uKZhVmoxYDQusYClKcgRW+w7WXa8l83D1tZ1wsYv6dSute6YqlHN1OZQqYpeo6mZ3GX0fVZdSd4pVSCm9QFLwEORlO0kj2WfkkJ5rGAtpRyG61lAVm8uDPQtjFTckEINsQBYJlSpSkV+lFmUzsHLw1KGxOpRwXFNrWkvOfLWhMha/ikqFaIepqFAV2R7xKkp7HFKvLd3lp2HpqRCGsN+WvG+lhqCSNhviibiLZG1smm333B4kQBrPsjxyD9lKO0EVsncHvrVHHeT5PSwjkySz8PnAmap/awdcEac8wpktTIgSQwgzFJSCSX8o1daH3IKXka6FZCfOHCNmXDuqtl9lkGc/+33Jh5zogs5FPk87HyzfCdjlq2aZEGT5PGQLWb4o4w1kCk5tggm1lMlj/I2fPjhFMDY3ZPVWk6W9wLhAxV56h44DiejhddfMgypsAuybrh+xnfKOkazVzGjbg2jIaBzD/T21xzQfWuyi5HjyTXxLGa0PeyGWMijw4CEHvCHKOTzX0pyS88OfjTj1n6NDaLQsrUzsNTzCG1bgJ3ebMgORZk93phoGJ2jtNpnua7cs2a84iAoNEeNvW2lzbJBzq2KdUqNXpXNcnOkf5xcE5wYaXSHx584A5647joUjeO4x7V/MvJkS+yjT37KwKIyvHXZBy6PK95e3pdZOi6X0/ASstET5itvUIem/E7OaWzpLG0TFc9K8eLerusnGelzb9Fl1AIUhaYYl7OWRUR1gYeiuowBTnYraLuMWiey+wBs28S9HM+gGv6vEPG872myI0K8cuEcBVWqEOs0GIYSe9qhV5cQVM6CN/kx531dh8sfYzBGX1FrOfttDIzc21fFKnROg52ktPY3KH0kunwLyN7jyinvNeGzOl+unP+atXS3K8cS7V3VAzqpD1wi8DZiwJzRFJCiY41ThmOMGk5o4lAWucwh6PlSEtBqejtWldqPpVwgzFyS0sHBtN624HQaOrcDYfYWecvikEy6qCnvYDpYLFEgrpZGQykH18eM3pAnKACMddC8K9+24NND3J7m0mZ4L+f5yy3TZImKLm6RXZkk/MjhheFr5Z/LDiCvHIlN2Odv86y5M73IDZIyt5kSxOBwNmG8/s6UdQKfvuQ3LiQI4RCIVT7vz+vJHbq7jB3Twumhgk93XSDlWGpIpyjHzFDz3EZf+AVHPiGKcYscHc1hNotZSPaBB5BhKzsPSm+82z5FPigfUOk09gnfW8uJw+EPc6oToAUrj+FwzW84oCq4a/UoFByvg/87PEc97A9fAzDWYOWIaQk2mUPKqnzacT7cClV8tG6PNmjxSlqArq34yOMYyjDdDhjR4va8huZNGoJnoKA4JifgsakxSoe86R28e7SmlIWul55W2DmZTxps2UNtCTmvALy1TLKnQby8kC24yha+yd6n7juGVukXRsDsW095GP2eSW09Y6eQCA1HF78HRvdFJIZBT4uZGL3/Tf5ycLAsw5pNLybAVgTCIs4Ub6UoQoNnuNMC8OJPzLb1Fo/SaxKOqMjn6HN5orx4+LP1efLsYQTNDlwLw5+BRYD1wv+AGzE19UwY6iThyjE2YM8OL3yzj+DAmDBAm70l5S+VCYPjKVwImXJJFX1dXBAa5JgPDtuKWstgadERWI3myd8IoDUiTpqO4iA6XzsGCMLDT3Cakp9dtMWWPmZHElXzTjUUG3ZaD5K8Ie2mc62xVM55NjW7AhLJvsBQrRUqOvMFhMyK63XLUoT6H6NowoZrnZaF4/L6TE260GRySJl6GQeA18hh5XpPQ1TMJcTR4au4lPlcl3ptMseZULBMRoRyC1DL0tMm63YThYERNsc6YUzxDMIvnzdcUgJf7YgK4XyDwdTcCZEC3k7z6PYyjkfqDKkG53x+Sg2aSVIUSb02muFtv0zRl5IWzO0XDbCG9c/hqMXSwgYI7bZSFrRIvwWXrL8v2G4vEONyDQmxtqIZk6IE8qTl4/E92Vd/wqCcnq3GPyj/E6BIQM5IVc7MwPwzZ2VQzs45+VcG59wMyXkJeKE5PxfkwlyUizMs/87oQdOqLhbFXT/JVv6yS6b86R52eOaUwbW5nH4ykaicFaCS5G8l9Uc0X05ST5jeViISUmysz9l7TDAkcf/FEmzlR4WeUs+zVYd2Ll3RFsnqjSNqlDqptL2Df+o1GofU7lFfcVV/X5FJI2WVo6DwTWUyptQ5nqpmaRrxRDK1CDJvZn5vZ8lQQcMV2Dvq0XGyeNJcnCH/bS5LyyGYHnPM5MRAsLYSDhdoiXpMAsvammszJ7DfVFCi7yus4qU8M4LQF1eMQ5cFnWhCFmbTExs4EYdJZzW/M/NlnPt1xMSVyvk6TxabcYk4Qkzig2HeTkMX+ZeYUl8GZreNpc6moubzmtTGTSQmDiGGhs6kKl0hHswGVQmLsuSHhOhA7ieuOOOplCIYwpY8PrG1yibXLEc8kAFkkyOA0RN7HAHtJGjUdEOzKigQg5Z21KjvZKuSfgwvhjvivTVI6/JE8+3t9vPqjliSzvbU91C+JdfXQBnOFrPvBTAIJDskRMYPEo8my/nSCP1i5cErRAzhyJLvasJ6o8c0LmZGopimVS4NqzRhOO3SeRPRZqReMlknmg+vNVgaOjOwxPt8oevSpA6x3ntuBQ6Bqpj3KrORdQZI9A0kILsVxB+v0vSpyoIIMvuM8F/c1jIO5gd9hwJUG8RCbZmgULQ0jKp5jjTq9AXmn5FbGS7yStudIUImFPTi2NboKkY1JRAPti6AYWyWLg/v9si927KfvS02i4OY3b9JZ3ySnWZkkVY4pxYh4sNnY1jCMfOMVuNSF4hoQwOhplPxVgKsgIxb7Ms7jdGS21PWLWpy3uc9sazguMfl43iUpOpKshseoka5JQZ3YD7dqFwTtVTXwwzHtiaU8GzgkPmig75+kYZhWpoDiDXLWkTCG/JnusaQ9IaLgwzVkkBfKJzmt/f8RmIYFQSC7Cre0CuPyP4iRBD2lAZbvtDafB7JpeLyFzkeq4LQXi8me2yp/LjGKXHe9JGHj/tb8CKtFXjvaX3WRlzbp1luUcIN8iq9hJYx9hoEBSuG2FOXFBQAaF/G3XJeAR0l6gei7qWzCJLZ1jaEnAUyydgWJX+D0FG63F6Vwu5K3nW9cRV4lhEKWJEk7LEyT3WKgq2mi9flGU+K8mRsivSmj8Q9Epk4s0XSBKbvqo09m4zA2jFziW2iNNjM37YX6XUJauJd0qHCFRjJOC8MyyOg+hMvPvsaH3Lmc9Rf30XB7oQlJPQTV5CE3NEFAANcx9aNBQAlZlJeO3eAFsl5uAvQcD+8IG0+yakAiPID03vxqBsd63ae0yjRqgRvXjeglLy6fqUJyyERaJIiOTlQaFcExsb3/jUgbeLsXZlSLhn36tCqofLjYYrYX0zN1flppSXLmkQwwhbi/9sQo6chjfBP1W6cCeNQnKi8Ip1WDsJxgatOxho6DO6xXKfy5bj/kIOVmZQFWlIasU0j+5Va2Y09idyMLYGc2pLvB2YBs3mMcDjiP1ip6xWX7JAo0714o8x7GIdst9YDYOQYHKKGmEGqenvJ33aRgezw8UFu57F3qKMFZRinFWvx4GymI/Afnb6tC721jPb1fsf2DhKfEsYlpgIAegtfFMFw/a2y/d+XtBV8AaidjUVboS0wVnTAesEgu5NIWHLXUR+2J1HCXpKIALA/iUrxBO25CUrk0BVgtejMMG9Qn0xHdnPjuZGyeJaIGLIB9hMRRVDTW2Suz7TWClmUY/0UV+8EsllTwxU1BITfnLnz6HU45A5wjK+cGtYpyMT8myuwbJ0D58pf+mvOj0X0vRthnWmYoqYtoj6cukMSPd5SsI3B9UzDOZFXuC/Ffg6c/Ibsv2NnKFQsNFPUDjSzLGS9hWywkPYSAjZaiAaVBJZiKdrPXkLPjIOmE7iMFOZt34LRLbzJPkQDd1YMr/mi4yh9vIB6sdxFSHCfvk0ypKThouPAfK8zuQTAdTK/DrzfHWCnROknsfUJK6JVhyt4PYWAcZrKtgFBvDLv36H0PW+231WhaeCbYqOvVsGlvHPPrb8IWxNMMRIMp7KCU63o5i8i1cRYoVLR3RmjKhH5JAa5CNgp60hW/s8hXI5z3fZqB9y+LMC0AqgxCLyE5eYvkZlQCIwEwsYkGdx08unqG95SMsYe2JLizGG3u/q7FVfMVmPW4NmviznixGIl75KqcnrmXtbi7UsVum97y03dk6HhAB71YYFiR1ia9vcCBMxMNt7wfuT7G8ZLhSobzxUxZec2O4rXZUwvm2cBxR0Vu8KW2+0mRYsHkAi7zkW3eha40q2W3+4mZjJerLrYiLfyvFNkDfrzgx6TbSPepCKun6eksNzTZ2gKAJRIS2LRwGyIVpL9gQWTQIycXQq9iBZ3+rAo/UsLJ6HQpWOxxUzQ1QBGB7MEZKtWKRzuz8a0U89rOiz3hfQWIwDvcao404aIbsfeYryhnunirmG+yzAd6eJLt5TotgLUCNTETp+XnpcJYw87lVOfNCmd2tDYapXP+Zs/QvAl/LC45xcQCD8qDpvi5pQMQ8v1gdb3nOhTUpu1uOcTViX9HOm1g/q4C0dJsQnrFFEjEXO8uzP63SCft6Hwo0o54YckT4HtKk97USCJcWsgmqQF9tudYYzrDiFwK6tsnUMMKRf3WSaGVvkJc3UepZJpsVHAcpr/KgAa4MNOVWgtgOO3hMLsHMpTBhEcodhmrWIoi1RQisKyDWVuzH6ygVG48Ro8FajbnkRynY3p76GpPues52lVaBtU+xjOgVyfSwi3nG8hrnTlY4cDHub8/GHmxk7T8e8u7vJu22OVK7ndHIt1wnh7/I+QssJjf2V5A6yuwUAPyoFCWlUDPLi9T6i2Vki1q+NOVZuJt0ocbOTgLjv4rd1TwzOujJ1+xmFYa8diDMaFBkwdI+qqTgeTMaiM29vRwK6GIHCgLkLQCLQih08y5lE9PY4PjAer0HvQdCX7UFSV3Wu8qgmFb4ETIjX+5aiH1EQH72MDdxTlG7B/RURLUsQh05KW/jOG0EiqOFAEjLeL6Ody34IDNcnccAyZSxHW6Fiie3FOi9XGoIyrPRVEkikjKrHoV+HTr37CIqfSn/v89OTQcKVuN8TJI2erus8D0wLCyj6UyJTXBJXuonzCd5QORpTCSQ9GYDlpTrNP+Yhz4rEcTm4rhtHT88o6Zmpz7IKTpEIyC0uHJkvxPICGQdrvA7YWB801wpMg0/teAsRG1CPiGuCx/Lr29WW5QBhZyANKi/4iEHM4r0CGtAFj3mrmH5+7eNIhA16hYXUS06R0Hsjo+lX+9efOUvrGoAjNk4pJiRm4axkyI+7SPI6Zls5a0WwUAaSX0wJMgsWZ2QZaRZRzAW80anMmfmJUVoNb//reqSBuGVy7FmTVlrZun34JOGxUEFHlLbJsN0AMQQ7yFUvnvpunS/yUD+2IK6JIzRiIQ64Sj2JDQzeNDtw7ObfaKtYJNRFG19bbnYlZt3WIVTKqVnDEjS21cAcG1bd9vHnbP22hOQhwJWDhM+fGJJ1J7p3L68x28z8mS5o2Q1OnPOqzNXPs+82ZxJgFN9PanU8yKJpBdI0Jf/PRJnwpmulEWIMVd31aDcB8VLE4SQZQ+yDOx50IBfx7D+1L7pkYNdpgxxuMKABQqXscLC1g1BqXLs3ZnmbZr9rnP1bAi7zOCEowgHbNNzbRKudKE84W4NXKsECYE8junWBoHou2CRi35R/T3CBvesyAp2TkcwbyuyK4sOTnKuR9Xbxs9rWcUB4m/X6Hj+84bgbEJvnDP6fI5Or8L4PmhIOKTYrkwY3YX9Mntrql3t34u4/yn3D175qkkz7l0yZJyOpDCRFyGMoH2d5wJS517Iecn2Wce8c5Y5KJT4z6UDvrAwetGaGM3H4nLSv94MNps5qvnRQoIuOapX4IgS8jszGbeK8PenZ85xoVnC5o73HlnAFPgZ/B9q1BkA14ud47zcbWLkC0Kbmp+xmfeCei5w14ovXq+mmO91LH5eHa+BsNmz6Ycv+p9FZoJvLl8KmocO0o7hRDhROuYMkgxUTEqGKdZbKWiXFCbpCkUNP0Q4mXE1VPIBENrBZMDdRHhMRQxngGg3uToW3+3wuuXAD/Ve1gsIbQMJVW/RqAKqv+Xk3ooqksMmBi1ybKXPjZVEiaoRh0+oa2mBr9oxZCVJEm1CgkdXiZeWj3ot+B6GZEqnhWTVXg9efVosoISrTEzTmmIq7FyswrZOR7U9DShQEcAy5elrH7JJja5YxAMK7ij3xQl8PkLjOQyAsSxXeoDyO+OEMKdtQW8IkYzoDqgHDpU0Hlyw0Li0zm2IP13kdT2H1uBGDN7QfCkIJwzaFCg8PxfCgZ6eQfMyKtRgLOr3O/MF2rJz9t87pJFW11v4bEI/96IY5fP3nhajBFRM6EB+oZp4OvHVp5SdfPze0JpP2Po48N48QdYXENMshQQK3rRJBO87qSdaNS7ZCO0ClnETncCUNiQc0IpTLBZU9FpjiKcx2CjIyIlv+1wkgxnsLmSzYbcrIS1bykd49sGDPD76zaK7iO613++QV4aFKGbDNiL3Ba2MgB773LBjwPG6YERWlCnrJu0tVmaC2PgHzUhnoV5rl3izpkb2PLxmgelVanLlmYAH2PXhl0sBz8UwJhWXVzFyy4yFrBTE065yCUiJFZNuY1gNdsD2DqG1ccKvc+bUXQfaQsJOUajKLewEy7cNjqou9mXPoDiCoXdavoySvY+DY/wAHe1EBigswpk4ULSQoyhpIgoC20BXl0J8rKw8zWrNs4N6vnCZUi9mJPg/iu2ECRqoQL1Ej8CAh+AAfAMtj+gmvbGYFGA3C5L+dTMaJvyR0sjIWuj2DOtWZxyZ8DL+sPRDGAcPz/hwB/LOPIYoovAoYGcJWBkaP6vYuTgahdMalHoNQpovgp4M61EsU/1Svmxad3VpXgJZBqsS78P0niCR2ExiXPnpQfwxdrzs+IqIeqJa57PHjwrN83AJpK0JKWHG/7t7PJm1WTulwzOceYhRK+9WKcK1XkrF3uWZHSO8ao8aM+pmmQUrcpAN2DbLZKMmCK9XIFX1hGgbZjpZtBoQRdQY3ikbsM1omepsJaZY+wchFJV5KGkRmwWKrGn71JDLSNvLOdOlyeg5j3USFqNdKa0RBLtRkUXBXBoiaY0/ZBwYXYaSnI/yEGAD2pVGrslisDG4m8WsJwRYk8rm3KaSM2jp9eBmJYmohaoRxzWiymqEmF5sUhU4agJM77ytyHckMjhkHbjin0UJprytOa9QoQI/Z3AoVIhEAjXVH7uvkgAkQksWJhFnpwKgPMplFZDeGuhu/AQoNCGYQnFHVqlV91BT894qQ1i2sVqZ2KKyAfSPDEFRKm1bhdQ1+qR9onAjt62tFzS1CUtg4ERpSQL8wgt5X4n8ZNkXmuOm631OIyq26N1Fi/ZXiPzWnUGPBq7RFKy6Y+otPHGVEDDo4h0SA6cVG0tooKZkwNObKnEVfFPF9pRBJEblpscQ0GdoKErp9tAxtDUXujUgMyObWgB22Wgf/fUJuLayqn9IGrDUxp8j50EOGDIprbea977uIL14z4pdzFRJCQLckEWWR7blrLsFQBEV1glEm3KhAoCOU+M51PyL2R65SFoBplMfNsFkNBsqYGjqM0g8Ajp5nAvXEGmApIfMUPJ+8NSqHbUFGoRDHTndtfKqwjjTcf9cHA6Km+m9/NMIJ+7x15Y98rq75Izc3nTXgFart5Zy39BNgINBXE7rO7p+U/j/NjOTs1ybvfkZibj8Evoes+NwF+bnLvJ8+/UjZk8LrmfC5zUComjHTzKJg7N0l2Nx85mMeT7m6M+oHjae9l3wlYEl9dZ9twzomnToN4KydHm2BMTJ23r1AWrWOCxychhsbjOgzRQktI/anwpox9sYpjWopjC3KZBA7WN+IG+VOAyPopwqHqKNLY3lSRIAep6k7MNAjZTByimaj0x5uJTDh0M2kjpiz8/cmhlMnMrwQyaQHm/4023FLmhqlTY1STXypZhUIimShgIonfwezt2wk5ffBq9y6Wt1JJl9ZyLQtLs3tA05lX4io+pIJU5X2tfdMSiEAvl8fpQ4SDxdK3sn9SZeXFkQTNe0/wNlk4DYaSZBkYu4+gQyYy1xU+WgrNmb7qo+IKpwaGMTG56PdC2Q+kNK/gZHU2wGApTEPSCcFffau0PddPYp0UcIoBH7SBeuspwS00mEYpSO0XkHKY02BKrEjbMouUdtwHLxywcOPMuWEBvJzkKNZFmS8++aQvW/qgPIQK7tkjA9htcFBJZsUZkzLTaBRSYarK1iRTgE/yMipotaNw0YGo+1hM7BNznhNqjvzJXIPPcH7TQWIxVzaJqQS8Zaj8c3DZn6GOBbmozn5vXHRrW8RWqtZ77799EftobLDVhRibxfGCy7ZDzCNmSLOL295b8u5KMSUqvqgsRVTEvA9cN8WRCdDeca/d73ix+XLM5V7mSc+vF+GFAO41Kb2f4dTwhdFWnzbCzpYQF7eEuGvUrH6pzJkaWdjedqHc6CcrcXrG1zqio7d7Dj2b2Y1nzHd/Hr2PPLSiIN2dSp/YRtc8aO46VDI5gxlA7LN6fnp9w4sZnAv/y9p9HpcmWfQSKqSrvi9aL3ArbqMXwUHNZVoRvJl7/usB4bs70/Lr5QshMlnucD+gtprMd4fyDSPP0m8JDhTQb913/PO8l+TXK7NggX9CQCtJ4rUB+6FF/pwTwbiKwclNtM3Y4uFN5II8UUkgSCkMYwGvqCA9wfTZKfXa2eSRKnl4aMGiSUP4+/friEKGjXXm4RlsNg7M3NPbv+2woeqyed2pManngaHveR6d6UOwXhiLEMb3iBshOfB9nllauaYu/oEvNiepRKlNs77lY4vVigf4ZmVcv3GqjMcNLpsMt0lxc2IwlAjG58/ywDgPjYOBHqOEHs0emPZA47FPPubYvIGAcgiHgDjGvg4IKm0EtfoRtMcL2ojJqgjvHD/6eFZ3hf2jM2bxzcqTE7ZOlE5hJr67gqW3FS33L5WYWtMxNg1uhu+uXiJ1vcoJYaEaT93lMG1T2NqOChZMYgX2xLRB054QpMQcnjeWT/T5/2UoaomZw6WSxSMDb7V3q+toJOjs2zeXocJzxLm3xKSCDs3QVwFGL0Pxr9FdvF9Tr8CynBJNRNZHMbWYQe8XDkONXtdnSsqu5usFdwO/FOVD3hDoZQCPab9eEZ6XXmVnqV2WEBooQugJbwoMWbXEw5pNGPSl/mmgV4MZ1nebALz7mZSTh4h+DVDrhLsQ80+i3OzVzaWGszzSBslFs02l1nwr3rn0NFPxJylidoWjooyExYy5nvzMdAM0FV9FYeeH9bH+SYI2FoqQnjn8U9PczVibLb6QJm0WIAwOdBDCaX+9mAEn3Qp1ErI89nGF+IkHXmvoMfY7bzrdCMYUl8s2nJZtWMm6XOn7LYmZTsNAVav/TX6M4erfePFv2W9BM16slrYzPQeJnXinuSMm7Fu6/v7oePn9UCtPj9v/sSF1ZO+mmMtV9jhmbzAjyvBzSYNxYCIQLdQpFTihIEpPRVUiNUf5WPoJGC6k2h8gGtN1uLC1fnA+z72RuRhthjf7SiCbcKZ65Z9tYn+9TFGKY+1YD/8XRemOUSL+EIzCpxl/CyMRLRIRhUj1PUbRszKPAxyMVoolYhDNNQCCwzIxEdtGlQJWe2NkTcrVFLdlR03O7nfz63VtLSykV+NJAwHxawj7pvxidqnkYhFsu0TSUag2x5zM2LBRAJwCaarjp0cMlCrz+cCRdX+6JnMTHkI+DTmhrdZwFJP0Mua8DDULszMufRojHDkZutlXKr50yWWSa9nBAZTTnM7ODc27UBoBHTPrxFd6iOQxpKloOZx3Zh7Ps6XViUp+K6xtpcX2OpiY5jc8WmLP1wq+Rh6kI6XKNGJ0enRVcx/KpC9DrMOQJk2bw2QBc3es9J/cw9xGJkY+H0obJfZ8Qb4gku+MuJQKR6Oh8DPAptXSvk4LWm5f0P7z6Z6Lki4KStJ4dd3CeReHShioGxuNNBRI29apXdn+6UoLo5/OQ00ecZomvzqQPHdarD5/c95w54bQbCZat7YegrEwRqmXsx2TDeeJn/qZgQsff240m9+vXcVJSEiOOpfw1M65JJthTxqMsfLbsYATMpkhEvoZu1pwYuxDyAyE1jAtsQfHezx7sPerBGydn8WpPXETRMSGu8yhMFs5vrDyUwDc3vscMDds79ppjNc3VRwyZVkcipaQ0lY+6d3AjosqwsgZSQlT72z0fuGQIjVzSuxUSQTx7K9M3CEjPef5QIko6v7yjgP52Vt4iLueO15aV6/8ugmvmt6odM0EYYU3D5WMoht37/QXfM51JsO8q2919eONMesbBilv9PgGUKR6oePLut3jvzUMxnnrd07LXjPyxEnQ6Uygz0NIe6G9t1RMDZsCoI2/urN7tk/y/TrFZen0qGSnC43cNI4Pptg25j6Jo8+AF/doNrkMP0B5T5PjsOmdw4JWytwSwFxzkkTabOtc30oh5n+zDaMVuDeF0KnzVgkA1SsnJw6yZuiNSJZLiWngXAd3SfS8URqhIAZZ86NzimqPIuheSMb0aZ+8R7jPBjbjKb74q2fo0L448hPkDoDW92/uNxIEWr56J2ze1U87RSSSx3f7bTvenBE/IQOsNPVX5RJoIhYg6zIC0VRPRMQ/1+E6yUniDBGa5XifVTB+OMUKbI/f/NU//WO3JdYzvzyIlDvDRKS2ft1XgnJug5gDQlN9d48ARLR6xKNq/ParX8Yz36zd7mxAXetpItQYJx0w6GXMh3zpfHL3hSf92z8Io/nX+WNKUdusn4WH1kOb59oka9UcPoxFFQZDd7JNDNskY6jAbnx+Tum7GKxSd6WbdjCxBtg8sBKBrIaWplXtOONIsQxgtJaoy6gOw7UM/nwpFTCN3dk2rt4hveJz+WdkMgePlob+CIGN/2HgncXUN/IAUjzp94dk8GzSLv2u3dxtjCSYZzp+BRmboW4lCwe1zean9eiN/i2Yz89KwO0m05WQNguMXBtk8BrrLVjOjtmIS+nVsMB65l4Sgd5S7umOU50gvR3yPOIngPLVw6o9f/CE1VxVz5ymXLa0xZWlGPxa2wkCMsdqtJ5bnhu2fZVIolmoap7rnW61TCo0YnZUPcpOh2pf27w99ONXL/LclNLs4ZO+hqz6xnE28xexJFQwshqOk0dVw2q1ei9n97hmPGsKNl+CkRjDGU+zXwPnUoSsDhdWbuc0RZBdeAjTzATsjwYdTlCWWjRPn86gVxDZwxk2S0lTSdV/Kq4JFxrZ2p4KxiYu8V5dQJSXQDnp7eI085OUAmxj6I0X7LHJD6BwMaHo1Qj9JCuJS+BOmA35u636dy7FUbPbnsaFJQY1TzYXPYTc19hXyMjSW0E6N6aq27N0nlPUtAwLwVzNshKB1xZwVKky0+XgoLabi0RTGnDoqwH41OWthYp2wVawopmGVPHYRCE9d5n6fRwrcl1nlz1Dypd7xfZPsyadcHzGaIOKi0Cw6ojJZTHNUh3INUijqQ+Qt47hOXqIU43ISE3U1tB2aAiXWhqYd5ffAm5rsWVUP/LS4vimiMYMCNtovmwcE6bngE2kGxj8x8SBdTt1pDimZxfHWzVvcrVdpVZTAP56wDbS2ziNwQP+JooW4TX6tW+zruvD4kGdI7v0VEZPFqAimJtaZbb5tYFLki6ZNxijR/2VHzM3lHzmw6u72303dPf7RgaC9D9GvT1jp+RZao2yZjbd4IZcoc/UOSo6BNsuDNixTDY8ewqJRZIlTcTvnbENM3mMW2LnJErLXZ8QxToKBaWtgcIxdxozG0/BmihSIHppz3+9W/QGPLApWdW6nEAV1T5pTCw1NQ8ZstTGX9rTx5HJ39glu41pQU0xNW/c3Jd8xtFT865CHgEP9n/Z6PmG6JDnqtkRMKFRrdjvGW17HzS0IPdY1qHEoLTOPVrnjjxcAVMDis/hkuk3Q0c3IfgamVayLgNWc+W3pfnN3JHaRHA9W0feIwvTDAQ7en4LZSDTVItCHYsPi+sPjIQ+sIy6nnQ1UDE1ksklcxFl1v9B8CHHHa9e4qZ4nBzTbne8OyXBe+uEMjK1xXUnnfPSTvDoqb16geIv2+pyetrPkQP8fyqrx6zINYvxc1Y1ZtQ3E+jTZPbfzTaU4cBaJQGVbMACJ3/BLggMXjUALWsX2EJF1TWBBzPi829Dl18E4duKVa5yd6/adeVSJ0wOGYkCjGox5ayUKrrZQgcP/M0Q2HyUQhDbIAPJUdIWPAzTMKYvSTKnyXy5jO1gmQzfcHq3xeeQ7aqH56ssPo+RPz8CV9fF5xfmWoC5nTxKQA1DOxDZC3LnoUwsdHAT53rcql7goaghDkBD03+LHEBhtAQFSrSuUp9tYeV94j/uaDbH87DQGRPESCPsM7Ot5rV54rPb7tJyr3tncOzECp1WUSfjqzgkuqYIaSzzFRW4Z3OkVv8Ahg5dLlpIRCinWcG5XZUEQCGa27xHQnxuYtskIAxOfL7DBlSd8rbrYbhXGkvjiti9FNujuurC8YOfIBBC8z6UkP7pWa1Xd2BzZOYKCRiEu1L1r10aq9XUI+JMTu88fuln9LZoya9WwSX6a4ipBiybiDbxmgd9P9Fpk+ZbNMLR/Nq9PH6fXAYGL/jqE36OrMIm9ARsAZ53vSo0rTKgpdo/2G5232Enscp3iXJvuj2qIN4bxGaGHx/2Ub0CEZ9dgAMYLkHcqmcRmFG1EZ8JfEWBTCkhFJ9i9j63XSu3aOzKjvlnwmYpC+HsYwb6dCwnW+UuUse3SO6scUoIL3d57na7Op5ONFtZ28GpqZBp+5zjgwyuLjJWiE5im5CB9zSkYa6qroE6QUUeU8u2k74s6OO60iXS8GRdTSuCNzx1Mlr8t80/apNkPeyK8l48/5KR/oczIvbKoaYDZzO0Ncfoac1hl5BaAFi6ZNS8I186bgBgC33Kb9RFuIUCfAEBA0wxmiDUCzlbSwqHxCcNYx9aM4LxApCqAyNHJKb1DTN7qAOwa6vzcIXDvPBFLn0IYoyIuQ+py/UexRG5oeFGrB642nZhMoPi5II9OtujidybYhfKZ5tD+D8av9Q6YocivTgqsVF+XNJQCFxqklFYHY1O17gds0OksCkxYFKhUQUEFORcp5Zf/f6VCQMVTcXc7YrHbIt+xSKMRcJycnszKY9rdTKy1mvTHDCARLDuxbQbyhCxxjBNeT23JV8rRgWEnkUH1eGagQhi5y4NCNX3vPwL1fQKKMCbUX/s2k+KT2WqEsroSW1m1XkdHtW8NWMxCdM6i/fL7Wyo1wgswPuznkkCIpxV52sZqsk2RM7fDs0wU2g7b5VyxtWgZWYXyJHAaOO6mlMblTDcE9YmgWHZlsuE3o5ktQqDPMMADs18tMq7SRzrqMzPU3vvGfkKHROthakNH5AvQybl8LPQdY8VenQBU5enPUsqa42kOjU2BrNoGfsEl84peFUZvp6YvyrfdpqIzY89ULwlqIht5NPRebTg+s/42RpICedvX7i/ygXX0eI6YezNKIqbZnNEsya5pbTF1Nfcx3rvJUPqW3EjPIOFv+cWJKTmVWjNL8BbUO4/R9CxAgIboTbLnIEm9GtOHguL4WAUUzTeL7cbFwt2ntwWFZ0kDC4UupIIBXqtr4w/qVrzgcXFcew4TJUU/98rz4yXcIScPgNZPzEkpkydVzSCgrO9zKqlZRcWdeg2WzicbS30bFxtgeWgiCTgIwSElf4uh3qpk9v2VoIliLaCutDk5cAqaZOHJKTXFJjmIVImptF2633uMb9nBH6cEx3almuE5O8qDNuEq0fNh2uBJ4toXW5MLdRfA0UsqdDvEyL3Oim8xEBJb3DjNlzYtQLzUzmAvcuXiHKL0Cly7CJElmiIwV1gr/lQT3myLS3Ai6r4a+KYNwNMMTE2UAQE2fOaRldhr93cDp3cbELIzA3gPQpKyt5EhHPWXcXIbITNpb8DlG4dqt+O+Z23QdFYNQSZSQJ8LfSayyJMQiEHDZMdOSPjy7pzqAIx++1aWh28L259l5BaAM4qWlDzASzW4/BydVcybvNy1QTYJ5Ka365lFVO/SuyuuAI8WnUdQv7AXENaXitqZcWXEIyMUBy2SBoUSCDoIeFfJA3JO04oRiiw3cPUpkiimT6esnyUFsRYgafuO+42byktF1gwguTybX4nFkyW+AZLV+FiITAdMZN6Jvha1VbU1QenzuIiCm63McV5NROqYi7bdlwkl0uZjEG2zkVOlwhFy4TESqyuX3IKDJ77G309xbCLdybdbkKSfc9pSEkVhqd4AFbnuqQLF8vVmMS+OTVHA8kFHpXw4spAuZBAraX9ad4pJ62qlxNTKBvtuIsHM5Ps26y6yFTnnDEO3+15jAcUwUHyCtTshtDqCTuJz0QwdsaYWNPzTsxrqgJScoTuE/Usb59fnEAix0tLIeHEFjUk+RSLpQR3QsjRWGFM9rnu5DtcQ3C4Lt2m+pmkVNybCbVzktMeMKGg5P4pxedpSoh5E/B+SX+rlNr2LhXaQu1yw6WWDZDshINub3hio49dXQ42eJQ5XDAAq0A/ebB5E7fPmLRGNsIyuLu8aNm86xwBUuVMu5RI0ehGi+WQiDzIcrPkQ6z1M7gn0i5TGNlL+/pkUdfOXhYHbo1VWNLOdj6RXaaFIhVZagzL/ZXMpnkpZWshuPQPE+Lqwdda3gOZerWcoSJSnD5uew5blkeQttCUXqwp7kWtp6epxMOSP5iMXACznoaRCPTFT1xIGxGzvzqjUp4GoPLB0eQg5M0lNEu9xFZaoWXqFX/KwKk3CsXyZgtCnMbhyerbCGVrIzeBXa9/5ydr+XaPIlSMQOY0pHMfaRYRS1kCXx9hoVjhhQZ0UKlzPbrTAazC6p+z5uUsrD6ufLn+ul7/ZrtWV330fEHh07rmyRvizTyLV6VV8Tl8r7oe3wF5OxS3nUam7oj5/Tal3hJHFpi5LpLjzaGFeqLBBzuwjpkqrLiZg6DS/RUAkdTU3a7HpLRsVTZhtrJNjowECxxTp2VgKHNt42mfzteTza0rUTE8LGHTPbA8hyesOSmBlYd/c2r25taP21f55P2tM7MuWZEKba2PqenP8+S2MZuSnc3Jibiqzwub3qyKXL0orA4uCEI6oOewc6kNkSSmcb85MfhyA2Hca5biECheE/AWPVvbW1DMOd2Rmju9Ki9WttVNpy4HWXW5KqrPGK+vXphUKXgfFPwbp6lWu5mzEUt4BQ3Cq1Uh4AJ2S0i47LjVKjHrTKooToVGNF8WgiaNPw2+1RsJK0tuaKyXDcZh7Wx4lvmQ27RrXQunZtagk9ooOb+Dwz9vAKFeuQrnpZR/DgdhqF6Ku4nG3o6ZBBHnEoMKW1cDBFlIrmN3gisrwIiPzcjF9b6/NeQjFTkZrvsKjkcMedgv3RzddqhVLqjSulUUqrJ/K9rQKZ1/qqSV62nTjQpkaQ+G5qdN+0wATZqv8lvRjun1jw1BFuY5eMaInvetkRD/WY+UPaYnIZ45iUNr2EGnI5b6wAImNAIrXUKbWHpUXoQg/cc0d8IoUS/eggVPYdwtjgKYS526XsI7MGo4UIwDdFNelGQ9uACunZzZQP5weTNMkwaOYZqamQaqAqp7ugDyrDUEoeCE0EgxBbstbSqqtwe53lfHpT5vRhgQxzk7xaRtcUsXJiGBymcQc2lSZFt8ObjgD29MTrEsaH1NIuplLbYnPwXZkf192mYx3G94Z7wKImCsacA5+K3EbolMc/YwqXqZGEnPtmwLv8ARydgWLcvvJzax9AFiDcEuma7IYgLgVhCBeox4i0xQAVw3jDRN3AHfv2xoGerlDHVbKaEt0jSGm2bFtvyYDyMeHY7e0B5gmra/K3wJB4ZhFLXqKqZBogPBaRRxtS4COt7J4UaU7gddYCjfxcaaQAPgNrE7DA7Xlk1TFWWaTdoWA7NrxjT5aQU8fjnnKBvaPtMcraEdYZrqF6sFiApA/R+9oR1hGutpJBuxDyfK8Hv8Db/k3vPfURHw/MNTkdog06xjT5q2aBrjsgu70q/DMLj+piDTkDcVb8/UmQLbUwB428L4N6x8T2zL4Sk5uPxu8eDCobmFATgh29LsRFOxjaYi2ZbmKNvSQDbPve8At8c1h/Ws5hCp0c+rT9C2sFPPujZNtZNNQ0FvVyvmWmWBtyOFpEbj+9WKF0MOedc7AiiLHNJvpUPjH2eKVJAxbMPCXdBhoT9atCzdg+bP/mskOXivbctymuNgGlO8e4VHtg4qPJCtIOkBYhtLVQESkvOezd4YMUPsBmR7wrgtdu1L/QSVbVNEK1QA/DjP/hxIzsfBIP5Jiss2fiiFD7I2I7sqTqhCzb9J7YnQbR4O4I3aWDS2Jc76m3ohDk28157oSexD//+SMk11RTAVDNwDv5ROPijR8KxygQYawkm0E8bsnXcQyK9v+cTRNa0HokndjHVj43wmZfPaYRxPJXkT6kj7HSh1bd7m6mi6d9eZaRhHjt9C+sCdPTv/SF5F1sxr215aeZG/LIxzogtWI67gAnZFt9M2wymBFQNke5yh5VOkbRwmd73I0eQduydB5NcvDQBkyWRyaqVgFdhj8bWQjJCYJuhf5W3tpu46bkynvNobiB/xRjfMrey+xg9aBHlBHZL91+dJ/wkpLej4cTxFSaqgDKjyxQFZ5kN00Lc6kZM5FQnEyg52+Wv93T5xi5uK/HyE6GKnAfgUnW/rirv2VECyyfZOp6lDP0vEf6vDAKvoHs5AMOlnQg69xbb23kebev8/i3rtKO0LyEmur9xYlE+GlIRsKyd68P+/gaWhQYxZkxq4hqC7AnhnAoWZyBdwdcsg4dFfQ1kQZzMG+7Cci6HXjNYM0X1Js5PNuzIlti7VcwaC9oGg85rGOJ+0KQAqz7WNY6iO/mPC4d+N5WyO73bE0D0+fCZVWEDJaIY79SJOHwaKsoxGonyjhpn5i3WrzP0vLJptk0x9FSFYM8otpl1+9WIv90J073p2oIbj4YBMcs0lIn3y34uy+HaVeQgN2P0FLEtlyJnII0+Y9kJUZeZ2NFsytFX6lPKKbhzQn3UUQ5HozYKovMIyBLrQHPggVNWCL2rNtKGxYstS9EbOz/WStBdjyEI8IqaLojnskNYEYaylvwT+we+FqE52xaukEgvrEkz1/0wSdCkvlsu5kqtRljb/LWhNMJ5AhLWpiRCTrnoK6FpaXluFlESOa/VR781ogBxgrCb1yl81q4tCFLggcZf+Eng9gKfTFed6cJvxJVOXCRGMG+l6a1k2oWer3eTWd4hb34Jb/x649SgJegLErvGBz2vMQQEYE2LCzZRWeL8vckIHPAHigdLqPAgToNsuRF9dDnwHVtYmyBgGXKRSICXwtjOYzQo+HLoFtw6eJfHsFN/DPepLZfXB/hZkZ580Ki/7H+UTa2u51Ky9ISyNCdhv5Xbu5G7upSn30xzj8AO6qxthVBnnEalwkau8078SlJuZfHS793nIJ/QTM5Nc5NkcY0MQK2ikF8C5mzJpD2XfNoorRkO2iLfRAaAqGRXvyBwjEGNAK+0Z/L0xctA9zjMCupMpjPElkeYxXw8yhFj0Sv55Ldl2pF7x+mpU6KP+kDkHMeoI1K+LQJcX5jeunEICJfKEetIP8g4JoG0RadryO3N3H4fFgFYfvkBO4iIRtBHytHGa07baDqmqxR9GkGgDYkSL0fMBQHagr+qpxxsbjUgRrUQRosX587j4ONEXFFoTVAmhjahbjrNrYqxS9qQu97NltgWtiH7ZwkaovM8C42zwsSWjhjrKOILHJk4yztg5i89BxmnEJSu0Jnul8dYc/zObKjG04V24w4xTZM6SOEkGbct4bc4GTkJ42SP4KE22NZsiTW3YO9pIWyowHklKbQnVqqV2ELXhThYMDNldzlTOAT2OkPYkzHRvXWqr2Y6IesY160F1BP7rJbh69X/JPlJb5ewSooIvTUVsKYelrGWdEq+fFcAU6+OrEbYa76Jg4kzKExKtKrTVPauBIUI7+IwZb8qZHx4d9ySA9zREPJu/+x2l+EuniXQUg4CmTbOjK26pKAU//izmw8Peo1Gbdab5UvzndEbM+Sd6K0p9/TuyNKfzpNGKGAihZ+sRKyvJZOcIMutGK1IbAK3874JclFI+74l9kR4/XR6/FnP1fJm5vsrj1/lnx55e56R8HFRs9cLWdmpf62vnqyjmrRLpYCG0cyd06HVsFa0rssPPaNnXYmTdfmqxiruxAwD8NLjZiYnGqoiwic5ekb8Y6GzzSUDMc/aiCAUs+1WRwRSSkbD9TIMmrBSUceOVF4BMhZ4lnGeyp8rhrqqhl/NIE1F1n2oJxkjy2ZUk76ZLoq7HYR4l6bj4WPGwQEqsEsCR6Ku/1J0Hqvo9Qs2ZDbuVnDFuAABHwcb2tjs0A5sQ60NfGZjnPF2pZbxJbrO3wCu6E2HhOWBM3Hsi0uBNASreuMoLExgiBn6fTE9qlOUeY68ElOOKQR/aAZESe9lraMlUwH6CC+fXI/DYoNd8mxjWiykUwNURUXYC7RzqX0OAS+Bd5Ga1IjMLi8kc4WjMIJ/QSzE4NHt/AqMfH9u4yMd4Zn457aJUzGMTikc7fu2ACMsG4F3MjEYY5RxZLiCMkRRxiuEd4SNF5tjGWZUYXZlEVA4uIH99bfsoxyQlDaTreyAe8bI2LsVLWAzkOwAYsVVxUYhWcFjOPuLx8XOImrw0Ih5yZUTw6Tl1tODgZ429GaBWQ1q6dgH0Rq5gX5LTOu+jxkE8ZaViKasYPZgevVflmMH0EX/HJW9sHxfhAgTOID3gsSQ+cFE9lKSHAnswoAeq1ICTGyuijBwsKEZwF9oXUOQGvOrhUs5VimOghwjACaLljaheslbTbnMPCaKVCMCCrshE/+BANUdqwHdKD9vcwz476DgS0F9DKWIuUzhx2HyfeG+JpOE7ta3sJ4oDPwRSh3Gp3yX4uM5HBQLfjeqOUf4hq4OQjVbe2cIDEWFfpNRtwoyWLv1RrtfOveQR9x0HWo7IB9VWPQ3hebtpmrScSg7X2Pv/QD5GTJ7fmsonxalbdHOGUuLRuPyxc9dgkimKSt4oCzfGYsJcnNH2PKqN9VKpFAW/zaj5GGs5HV8JD2Uxa2iKF5zwZKxXTnpazpLPp0CmEFM3aqTquoFS/XlRODTH0wPoUKhF/kUhBsYttaVHN4/1gUh8lwGEon8JjXHZjt4ea89/f/dfEG5fPReP8B3WQw9kI7yUFIQPQYzm0rGZLz8Qh3kVkWHwU1z++MJ6hffnWNKsTlINvvpHXr7VonH5wOojO/tUYzF3VxmBBr/oQ5rBxS+v8GvWbn3ChHdFW34xMq4UMrckXfwkXyOlWY9T9fYt0x5nD2OWWc4fjlwbL5cMvbHwBCBTz/VZZaPFpXDEjpcoxVb6E2vamVCRPKHr/FBWy86J5TEjyVyPQpwvFToeGREHNIyMVbSJFl2BGPcgBdq+ehoW2/8UicRiZF15TKal7YG1Sry3Y9scPqJhqTLgpHwji0aKtHpgDAgA2xTnexR2amv5KpnH0/MbmpmFa+UCGYkY1VG9OieYimjMirTAFhffWGswT6IyRDzabNiqJvBXGhN1HydCe43SBxDrNmVE5PWerOri6WvDbM/kIoIdnsTm4GmRzFjtOX4uih8v0fUY1yorvxJCh4gSfr5+vR4RIQG/X0JG3/j24bXEzy5WMfZRgBJ6CVILH86fBwcKnOJUnN5wGr89TXS7yj8/dlciRBhxq8PjV+zXaOvOaeS0cVp5g9q3K834Flamr6c+weIyjX3yD0B+e18m3YPTyhvc3ttrI0pjbilxtj/VkO5fZdp9jyXo3jpdSV5C5m1xenDBum9kjlt2rzwRwfz2NOr+W/wDaDcS+wF4a/+AHOLJHr8+rIlEimacKR30YoPokDRdA1UEjVc40MYP1bJqgZ8ddCETcZmUA8dgnNW4Pcmg9tOf1t1NlCYF4W+YBtsLr9HWa0gV23yqoW02E3Imhi2FDGwRTKqCZwsgHRejVo6LU5o0bIBKEw28Bd8+/zkDUG9QCFoNa8LpAnLJRti2hsTdxWr4FVEqCQd6BipVRkmgQ/dWaKDUhVbK83SpgBpUCJzMTHt8DJjW5lFri/Qr56rbIEszvyOE4UweP6efPomUKMnySb3EEP9M5jIB4DFEZUhwk5+nxWewkiFXreQAFatlKKMaHN7AidxJiJffR6gTwBnLF3bRhCdyV2RiSvrIO+PP/cXJitcXzkUPwCdTzsOiviBnhSGJkjeCOy6nl34JDyLu+dM+egxTyHm+chb1uBD22h4GO0ecSGRl1yAju3MDU9qiMMGJJwikp685Xj2MdT0lbr0dqLfh3BOu76msdsVdehLF3jSpxPmZgQpmRognt2mTun/zjLYAolbY1r7yX//j3Ia3LUG0ju4/bA6t1O1g4JuCHGN4Y9iflDWKE53B4eKUbGKppK17pKEq4GVd+WBtMVKE72A0Uxc5yHcdiNJAImhacQLLk3M9vbGCEcipiULXGJX3SbBzpJc2pAwqYFFHYrtQc3wHfMzh0jiPRojGKwuonWU+C3Pw/ITT0J5gNo2ycCJxlMzV0dUVM0G/Q43DsrS4UgnlA5dzWOpttsmtSrVVm7jsvw6k/CBI8aIBexMjHSxrjx6M2281F1KvzJTqSISDx3TvXYKWM+nSt0FxOKZUfLVxpBHl0jMxwmcclnc78Xh4qWVmBzCwfIG7tTMKgNNI6/iRv7jgoNmFbCt86ifCmw7pQZDpz6QmO++gNKg7BFXgTIKZXfi3HWrnhfyjpcI2m2RkmZtS5duy8Sq0mhsCxK6iYDYVkGEhaR3MrQllJqdrdNYaRjTNgx498SKvgnA/k/prLsBcmpl1PKWJ6vFwzI7Nscti0Sr76tplQaPed9yqI8hgOHeFWsrx2EM+T8cQW+FWJjulnwCsUYrMCjHgwXGusVxqK6BogsPA3EBjqqx0JamuoK5/GZZOx6Q+6MwEOmgwH2B1JXM1htoQMJ8v4+gPNkieoFK4WUFAFfm7i6FSyGX0xpVtSqxFRVvSDBdwGC0C1wWFHtK+gXp7vcnRMD48M+HdFS5WDutMwPmiz7ee7roop3FijmepDDi9b7zpj9MTiqcm/ruKZt4oPE1tQto0iEQoePNMHDM0yT6+f6V5k5jtzDzsMccUoZNxQDh3keOY8N//Fl+/+SmnPB91jSzWgVycHWFLbpvOM5eBu5yB8FwiXuXz9jCeCyw7tjIKxbSRzTCqhW0r0lsTPdaT4bKSNyDunyGJDpaNn1QK/W3/WohmCpTbf1TjioJyyp90z3Q9VDJhc2e4pT6rurRXqtsgbYeCKGP0PCLXzEP6E6sCG7mgQ2O5aWiV5QH2rEeK0CYXvfiO+D4eepCTovBQcLwXTYpew3lvdTmoODA5ws/gyK4nFUj4GjHpSC84SqXBewR6GQ7NsUuTfx5b+Ba/gi9KGpcAbo3Kpul8FZ/0aMlNp6aEku2S1V2UwL5bjTI8F4dw1O9J86POxyI4ZXsi0W6rkFK6J1w5famEukUbLH5rKTZZiIhtNt0XDQrDURfMmQQ1G1BfGDRJvhA6oYpsJH33EYcQ762CmqUb6/nFEb+GKqBPUF7XnNvUBVzFS3dmgncjYleoGflAYBKv+XomyYtcVJF1AXETzLQKdMu6aB2fn2G5mc1q2CtIsgSwoJKCgFhHidYqbEgBXErs+nZhaFmkdPeYelGdAbkwjSxMHfLuqCxSyc4Sj6K0a2p8VXJ1YibM8tKPDflYy644e8aWUiy60VYwVcE2cW1iBkldb6m4UpTraewvTUNKc5TShDpfJbzGYERjukJzymwrS7j6Zt69zn3Lul8FwoaetufrTbf3V8Dj6VKjVCDruDTZSCXis8q1NaOUJvAO86ndcAss7A47m5/+f7Q/msNVQnx00zwNNURJwJjW2z21OzkuteQnmr+Jiycrlp1Tlsv+o6v+0TRvdHuiyKOPoWi7Z3nEq8gtc9DgRYkuo6RfLZLa8ZKPJdfeLW3spGLJyhV0MELjWPFKrVpJtam1kmqwmPZsMawFL/E2Z3TP7FY83sXVFOvM+vv3M0z2sP1xa9XQRSV6R0D7eCfSJ4jo8ByQuKvbvEuXd2mpSRZP6chOv0RYS3snFuyF0uDnkhjKLRhHU3Wxi4gouUbqlnFrVcWtyYdoid1b1q0BqhI1MjOQrRCpUHeuFFDlQtR9//mYRMTcozf2/6eAiPqLTKSAlIiO3xiPU1FeV4ovjybzoPiulF3/4HF0yKvzOcD6sVyxT2REq/QjHKJjuLVh7wH3OC6jnnJrW6N17jaN4tZ86HN25paTzRs+ZioLdbAMD5kIw56z1kXcSUqHw32dTf44khuptEnS8ETR/OAuhn0/WJ3vGwdMaBceCFxZssQaDjbx9sragIntLVC2ue4vs9vN3nRn9GSnwBUF2C5rpuHLh0mdVcSZrMUdkSs8clBnT8rfLbjh4/IgBGKiqf7fO6kozXIqqlQGBer/WDYFsXpeeEB8n9ZMsvkEQ3JLvq6MQ/HrEgBrwU7j0R5vekyw9bT+3ymkdP2ZM82zjQBdZWsIkd58pFpKdzajgPgODG50KxJX8qPSgawn+uHCbyfqHBvvLDudf0OzedhWIRLphjML+9VOIa3VqqbYaWVAdFvSinObvciGDCXaTLuYFMU71YASO/aKkhpnNDG+nSUeqfp/3wdLEfJqJaVBZrJOf+3pcDt8tgbJuB04qZ36znkgbfjmRxFnejJdWK2EG3m6ATsbNeE+d376vN8FMswzTg42vAPjzbZBMUEfJGDryUwS0nD1AryQvyKCa/ic1uUIeQUPynAI4GZL0sHAtlGGWvvT2fUzNUZbxekm1dg2ZvRVbWTln9TQgmj6K3LHQfdohBHY21vdf1FoH8oMm9hGa40pYWJkCOxSPjFE4Bi+NknbfGNjtmG6nLYSBk8tzoypMdjiiTWlqZGbFgguNicldza0YrXgFyEj5a734bArgyMt3A4AqP7GE/sQGFr9RwkAmVr9FUSZorNE6OQP/3h9YQCieEnAKni2/kgs/QA8FANxhelBERBq3M6h0V48N0bVczMTNP4tmoUZkfeShLG6iPlmRPnJeKENAmkYE0zSmXhE7OZm4sonV00oF2S7buOwD9B4PLbOOhHWeXsgGN9fSUSGey4hU/xkQoRNScjIJTOyD7U2k5wckwllxs0LVDGBZWYEhnplOuErzNFEQoWYD54r9KBtRSE9kHwbkXcHjPEEDOLW66OWSe8GhWcFy3c+rlh4Vnvn3D5ddMlt6Wr2I4grmvwEEQOEfo5Bl8dG7587BehRvf02f4YMduOYPQoz9xd1mcX7Lpm0RVOPxCrBqS0y4PCeqiuaVA3bpCKZ20CeoqIp3+BLYBhDLqXY3+Iy6JTxjH2cNfmiBn5Oz5MKy4uptRYNWDnjKbsyVRYNSKeTh2wERT1ZW7Sj4zwZAGcqtPNU05ft481b6XtritcO8payH2QQAKZnF+t7b9PqGcZVTSnybhFn/VscMLpd0PHV4cc97Ri4CYf7ZYkDnuUAWXVqEJMavRI1rhgJopgFDVDLRYYW2XI17d1fkDlRQaEladx3wY8btnRiPPWkD8uD423yBTzuBqHTXTUF4xBEOT/glTTu9xBztBpXWMKw39flyl8EOlVQPKZXA9Cc4lskiTHCl+4OUQgYptdzjP695C4NacfA3+c0EPKnEso638Tf84Zv5O95tcDM3xfndCyL23tmbVlHs6NKtHe25e8Hlaoza5LxvAddXvDOX5YHHhw5va2YOgNueJakt6tgi5odZBrgkDVCvbooAs4V13STo8ZMieBHanG52YFu9u1V89DLYAOQUV+pQ898Nia6wH40Qfo1rcLg7MyJfbkzZYieebIGm/30d2/+FXNCf51Ye6La2BIRFHZjPk1wCHhzA6aFSSqNM2nWT/XUXQQmbTLvAjsX7cVDhNF9EBA9zThnGUJkzI6khgHtXPrSjQDC1fDZhE0Pv5Dz+aYOR+SUMkn7Pw3SNNoPe7lj171ZvocyoRIv4FFeSfqka7dvYQeybCfLFlg2SX4kW2TZDhb2IUjyavvxbLPSft/CFlhGzsUp6jjEr7c7O5QlLKn5R/xjEWc9KRZo9SVwlDZX3q/9aRjH6VtwmuuabCE9fIRLO3wL282yFZYpYwfGe32GxOB4VlC65kX3FRpCMKYoxVEGfTLBaVZJu6971K4gBWrGBMxO6IrzhZsfoXF7Cw3VGZUGwvVkUU7oUcLz9qx8+KFWlEBtp7BBnGwhu+w+iNAw4hmgTANQALamLgwA3+ehi+8nVMaqzp8VhG3vrgHTfWgYjR0LDbZLrgUPldci4i6wtFiabyr3NZWeZMOi1rsvjUwBBysTr3hfEIC3MMoj6xi9H/ezJjRswKQdQ543c+/azaIR6gCZcxQpcJAdwcqGWBT7p8AhOXvLkWmENnLas1wuQk+enoYFwQ0lEGXXhxbH/ECEBiIsUhli/32HO+4CMTo4CZNnuD3m1DGnfVgh4cD0KaJHLhDf55SMd81SmwaPmIDlodKpN5i023BiyzdLBPKvy1KjD1a1+RKlCGjLZBhSTrssWf4OmlTd0vx4DfDn+kapRGlJaAiPg6E24FO1sTkEU4lFRCwf51LEkhgQaK+4fAy2jgt7QfrnE6FAe38uDQTp/SkWTeqb7Pm87+X5DnNiWmlYQyMZjMEDgKlYhXaDOobhYNkcgJEk4jCOwi1yeCQLjTPVbXF0FA5Bs5eFwUSqyxcOf22xfirpxjoeCFDjimU5V4nhFk4qKIg7djtgAY6VAGnyzHy86UvEIlhyc1+YCIMf/gqrDUjWvNYWun2iQsTbjI45xsWCVn0jk5No2I2jZWEjPwb6p87aYyI24sJnGbqqv0OXR1xZESsjPhKCkbJRQ0cyAdiEot+KRPH4p1p59YlR/sQreh/AawU70b9G6JYUNDtOwEuOafBe0+n2bJUc+iOBmoKc2m148Rtp88ao2NGO8CCzimLUi+uaNe2oGBNfnKzr31GUE+I6eOU7Gnv17igx/cX7NkbK6BcnAHp41EPe1hJ5G0R9065SfVfORbw3HZLBLs1dVeWqiv8iEulNsRvhTbYY3dpbaNRP3MJaU/5tS0+lEGS5V+yEeVVuNpAyp+s4Kk4j+o9seM1b0LGMFDMx2cSIwSaFmiYUVY3B8M8UU7HLtGfx1qgSg0Yt126tPs/rfNA4Epw6CLdGNX4SdRKDsaYGVV7lg4MdhyTHN0nq6T9PpCj4aUjmptQZAXjTPlOCZjFfAPwI4bimFg5q/r4YAoAmfBbuIIfZirbzTRecGolUjH8jirxlIHARaUIbF8BtmPib4PLfOL5uhHV4S3yXqlKDT7VaShsVoEagnm39XkgW/nY4V0cFIXx7dMZCJhFhf+GnsBWEfg2+uWfTonLtB3yVJqbixvRzlH7IpsRlTWzs6bW2EBmVWVkw5r36kSJS/v4CWwhaFEiMdUVHAhbrs4N9MfQ03e1vN1Dn9Yh8e7vRE4Iu1mdDUbpWs0YOb74RyQSSnYSPEMoA150Q8tfNKrbrjZ2xrzTwmmWgnp1+Ggb4iZg3AhhgHS5Vi3Q8RlZ9U47WF3SP1KAQw5QQbdKB/bI/6T0arkqPI4ehFwdHENzhQOkakJYE0w6wkIs2VDUv15bbXs54EVOpP4xEDxY2Vv8fFW0ql12WSL0MFs+O6p2LG+rtMcb31IPs+YB6w9QPnvCe67U/72W8SvpQp5qbc3NxC7buW4eOnnNKgh/A8YU7xueUUQ3duZVdDq2Ttb4KD9BUmEeCuTWGHTRsZKDV17W+kdTB/NbQ4gBIVMW9kazwxIbBJ8zgBgB5NpsCbGWX69GHyK3Bg6OKQ4eUKktDTroypqT4H3TeBlw6g3L7NBZW+703EMX0RZiPtzXHaiYbk+xal8ezuwwYHhR8VYky19f1hlKO2HCVhwLYUr8/iYqE836ghxu1A8QaTBBb64dvHtLNQtCIwBsJa4AUBTS1bvsStxXgtf0YLQCUw9BlOnkFeMDo+zb0KzhKdyPd/TeNbHJaA5gQY/p5JHpSOYUuk4btFWHTfegE0I3JMhJFb6Iu3144/9NvvO34ZsKscLzJzlDkndG39DfNy/uGHd+hOFAtLzjXNSQ0glHVxHuQ9xNgNvv2d7OqIuMnLgSSimnAVBQPpsCrC0Nz23ez7ctuEJx4L2vRhSCfJf8mNuC/ipYXnJhfjMORuAJYaMqYrOsKkLn/pEADU5Vf5bfNrfmluRmIaihZO83a3Z35n3RY6BxQ/cI/chmF5WVNv+iAsS99OAmyu8uhBVV49PMex1yRSVomtIPk/CNotMtkH1wqpu/kWPKzGaoFQJO5bMLeL4s99DNUmDZDQ2/sL1osx0tAO2rOq3v+BVQPeMS/TQw1xM2Q/SG/niwzkr3A6TdXysMbkZVbZ4ynTBkZBObwwCeayObqPnRDVBynkEQHJA1Wf0QWa3vZsqKdVcxsEzSUSd2tSZmXnEggiz40FQ3CM/wu5/YRy5St9ZwaDLRGwxfxWlYw4xRxET+bK8o0Jk2MUqJ9JghvdhWNAEbP9JiqeTlMcSB0CIqDN/enr1whqaPoqw78GARxSYCLsUqksHoffoDF4bCfear67ezd0KVMZC9upMIXz0JFe59L7awP57Tjj1kOJpNieIz5sH7vu2ca9jaDTfHyBvn3ufhpv8LPXsi5QSuhy5ZCHdlSSy51rhncupFJll5DGBg+oFLT+nVhyZnpzT06cgLsLjXpI6DRTd7Bs+RlBkNP1SuTGZV/zt70p5DJo4UZ54RyUpTBPa5vZ2PNvXeWLgPvzcCzomW3QGaKWGoV6T2bcS6g3NexwYrg3qSi+wOdckO3ySsvzVy9Wq7ELdMIRjOHvrwbWnwkwCzPR8vtqfLPewKVtYxhqRUyV/R9Rx4izD6vIAhPdxq8HtDCgstXEzU1/ktOcJy07C0EjWXkLQfLMSyZSK2kjX31lqdPUIKV4NaDphdvunXcBC6r8BWkJtlKQxJD3z4jK1tBTJkoUO9ehXSH2F/4Y2U3zcvlwx7V9oFpp+BfsYHpjLHVd6AAz2xrByowD4M/Aoac+88dc9V7EQi8rC5XeB8XK46DdX/kPhJ1b0vbCgaAfRP6upR9IBJQDOhD1I42uZsZcGwfuNOtjJUQpoj3prARzGIvTqEFe5Z6SLBNb+qxjdp/ygrfUPKlHIjfV8gJeCs14AWgORyqCRFaYf1b2yCZifKR0OHKDZHZvn5V0J4qIGf+w5Fa0AYFABQp+zaoH7N/+2fbqQFdWxxr0QD0jnQ8ZpvQIPOnIwHDN+qq5o1v9F6yIYeOlhnvXZhK4S6Uqq0C35yN48yY6kvyfE5eGOA3+ZCikXWy3oJwW2NsCxehvu5YsRrTFYO8a8E4XsUN+nNaLMeEsnt5HZk5nGq0aXiOvYtgFx0lAEhHGbMcJ1t1Xx7youL0GO4itQvYpDqRGjhj7wK4D3S8uhLYPt8eNjhyXMJZSW0aU/DxKDgCzbq26EqECPNx4feQU5k4Xlc15g8BzGFTphE1lQJ1VwC3oYUtLgSjeT1eoWDSe1xjAOtZ1kdTq6O+N7XhWdA5IF5eebXgyYibsDlRkOOYAlsz/U7/AYATsKMlP1uOJR0/Z2dvJiVONszp0WM+Zzoi0K6Na/M1b/J23lW3UXYZB/S5nnS6JTeWFaaJRcNXoC6YIVcoQdKWwaCLx++4QMvptnJCMx0TAx/lrKXibVoNZkpz3DW7BhkIbqsieEqpA3Cd3W+nIhPS2Zt5v59WrwJadSrnx8RI+8cCShk+FZ7mWjsd0lDw+YBkLAQHInsfZA212Q0DpZrKnKzMImlQ7j88GWROaAPyd9DEfSBB+eWCRTpnzoJXfkB/duPQYsouwCFDcmquNNLuRCOivjQwP/Mm0b2WOg8yrqIiBiBU2+0/D97y16A4tvsXTvzgHRPIMlNLKeMfOD0+iDhZJCPTe6aA38CltdmW8LleePY8kY48KOrMsXmqFrDY8tDKBDiabl1hcQrimUKex15gVLGvLZbHb6DbNqEf0UM7qpgmfs6xM5cSqfERbo8Obup1NmTmqfbTMxtmXdA/vtIaoe3ig8iRZZWfkQXx8SaFDccMG/IpKpOaPneKxSx8WdempwF2SqRqNKkLN7b/73SdlA7ul1hiBykh3bhOQzNhzUeecjxUW0HC7LnRHSp4XLrzhai2WABPERL/hqrpuCfImZkTRk2aartudrEY+kRLF9bxseSLPbXqgUpkz51VdQfU10BI2ngFr3rvLEo5q4S/sKfuENDhPs6pUcKMsFx6ouC/ViS6ln1RE8EQ6Bhd/LiJJ+Sx4A0F5inncforUULpV+q15c6SckMcFEswC/DMgTWx2X5O+eM6T208+xTf4f4n7bo0JvafKbmCVC9wwo7GljwriTYjP7XFl0THu6bmQdWQWnSRnfHv0fJ2Bmva8z8mVheEerG1BOPj+ujCKNge0Vh5zstPPC2FsAVjHcGXRMu7AKOJqrjj5OFrxpFM6w2/pPHFx8OUStrkma/odi216a0C1AjUMUHttwjS7C0s1MrhE1Oz1yCy6/hrK/s6+wW3ryQzIQ8o4rqwbBhPEeLcl28rUOS2ztkAcfMM5QtmnVSTYNXmV7NqyLLzX2wYt8LyVtUWhAfX6v9ljY0kRkdrubvV8nY7RpzkWXz4Dm/nIA+/HKgGjsz+Lyoj9jbPRrHHWp2b13I4xceNw5rnN0C/Guy7oA1SKPr01j//QDNXKwwut2UMvjrA8cTSqOoys153RVrod8wIdzHkpmhdWslCVLihSNORGeD3KOBKhoVrBDo4NlkKeKbkRDIUiq7PAjzm4/fNF840OjFdnJuWp1fp7JORj1ClqlOPL0syNOApiKko86J4+SDIdxgnzeujO2Ua5jPSK4WknBXF8qwInMvAjOFwSL7zz4lmXgbGqLL1c64yS/Zyjwc2VmvychqbJKhE/AVT3wFUGSMFoHuISgVbaUc6fU/0gM3KtKZoLYe1Qzh0sWbmg4DiTIz6Qe56PEgXkBgj+miOIbuq0sNdQ78ZX8PldV8GQktMN17d1B2D9IZcDEAAexaAsNYJWB4GyHgafKdwXNvs9WzGxGGxWi0Y61zgw4SrbafM7CnQYu6ZfbQCGCw1ZY5zZCBdOyBUcZwA8AUAGnPhTFCiFIYB8eP47o71Jka/9NRlItvlw/axR0wlAVvr9IBhiJyhu2JGsl0iH2mBV5+66Br2cEoAikVm2WkmsmkKt13bsZ1fqX0n+etmGI+mFGMfMHdAzUUW1NhMOb2/7ewsJzM6j2NEdl30wXWi30ZGimNcRcDar8shirhxnmJXWSwQnKyWzMJ4F43QxMI1DcpvkvucTNRNwzgCVD1gUDOEIUReOeI1e7ZaLgcO0cB92nSdzQhnhhmnh0g+NusKkE/EGNSaKMfcM2XkqJyYP9pHa1F6Fm1IyrtNT3ui1RaReWQIud4sjTTpztZ68Jakc5QFmabdXahqyTo/Vc41jRaoWhA92uP0ZVvOqsHg0BwahR7tQqVuUs2aPAFjJcFcZ3eDYfeokVRLriOqghdDPI1Aqthk6L7auUYpqyU9dhdUFAMjkpniWXDDpNIXqf3wUNBcGACOyTI6+W1q1lTyj7P/zF6wBYOtkfAmrmkht2yyr1HmOWWr9WhALveyFyDJdQ2Kv8TFCfhjnZW4ANJqEZTCUuwBA7Lv2ohaa6YW6LTWuq/atYcySVVIFMFVHyX5mnF4Oy2HI0Kfe5dIgHLi7mpsXHjHABjRvbMguWeDP3/qTDBiLpfx/IGmekwxNKOJWbmpLYniRTHvPGxUaA9Wv0NpuQs9UVRyD5sFt+zpFFwbc8L8sE6i0gVTvJdxi8KYOnxWpOSrFtAEVjVQEF0yjq6u491LxtSPPcYtDBZOkKKZvePG9KAPjJ31PxhDxbL/7EYihw2+Q1DaN4KRctgJLlTClYRGVV9vG4f/17T4ysKY9uiUuS4dHAEzkIMsbYCcNGo8/sTUjEOHBkiO4ivlkqUUeUos3NERE4VxjndrMlvmbiWjFoNwU75APw7pUpVUyKbIsLYh4jxFKjtXfqaepXTAfAUWxPF0aGPeN8qZX9Td5JPN3FnBfaaZ+dqHYuahXlRV/YjjSnTfi6UinfmNL549+PsWRhUqhSdEQ/Ot3KF5H0UfdgjefNJpzPtOTvMb/nau19hecTfy6jK+Kj2XXqp3Aov4MYmXi9Lm23jwD/G+tIIrNflqJer7UZNcuCqqhSt6Uy/PA9NK2lDSw2FdS7hWZcuT22yjXDj7RF0AVAm6hR9F26gWHiK4XrW6gso4lbOX1AnPd7W0mj90o/wyrVpkw8bxa5xNzl/0n+K6OETDjbpZDjJMeLBgNRMFeTBrZxi0jGBr/68BQJjXMzYfwEezUl0NTre71ie07S3/UGJ/9eW8br4jrv0AQCYARCUJMMD5AFT9N8doOdYodgUYIXPYG7W4T/uxn55yxwVo4kbNHTQfKySAmzQJvyeEDpyWvr9MTz6N4wrdAG8cZVQLPrBa7IojUVYY5YZOAYwNGW9mBDtS6Dlu60u+jz6IhoIM0lgI6FZdytsVxMlmq7F9YFBhe3T8KAyRNvGKaezWHPSsUae97bFHB1BL3clF8ag3yvvTuqF/nGEj1GnwZCPGeH7/RzjdtM3x1Np0Lx+sAKTOuC2E+OOhWbp5CIYzeo1X4A67XhW4Q+oq7ilwUiNCAgp2ypS7da8gpXpbdIjUDffcAJL5elNxAg5IKcTQeniaHstwAb4JJSVx3dP9S0oDsgJZVxd00aOq4RZf80pVRuzQAUB6qfxP0kTq6Ci7n70afMRvvg/u6/3KBy8tq2NYJJnn8KzjjepB2kq1xGn6EPz20BGJfiGoYEtTUf2Zkk8oM08LXs0u1UqG//0sSUItRwbotdtJW1/sjjMPYHRNJ6qYaX9EU+FrLgGvpUge1MN6VCLBp1UF19em6c1/KU6kSx+X3kSzj8er/WZyR83/ZkepkmLzXtL8gB781Uz6zKH1dyr1/wrxta07WzYRzC73jvuLw+6GRlnsmcA1S+77ZHrLbWhPxn+VMYMCTKOZ6KjawE0OBjAaz9v/H/QYAIYXyHP62QMhRKPVeHX3/zdk8rRXTyqaw0Hxa1DdLVbdb4D3tFxuPnHOLh5rbNkO/y4YttsAO2bjFHoTsuHnP/XYXctkJH9ZNGIvSJY06T5fDO3I3PPqLIEoORl9vSiRKEl6/OgLe/41pg5vh3YMfvQFvxd9QdY+6892a1z1vSwNHLNrsbC96gvbz5BRAHD7qs9X/kIFB+CjLrYjF1dOe3n20J4yDMdcV5epUZ1iHUN4lUT/7sxfI2N2YtZAYde1hfCVPWDvk3YDBr9PHBiP62RRFn4TEgoNJCZu+03iR5eBhFDBs2tNfH0bUHJUIWqGAQARaGzRq7pGKz4LpiS012UfPTtLMwDM62L9sAnFEUAJR0THUdFFY+CxGO5SYtmlAGUnHZQtJO9a9YwUR4NM9L6DVo3dZIFGFODceQlXM3bsSp5ZqByRfpqGCUfRGK/SrwIRQw3UhOOS17tK3ztGKl081PuTFMfratZUnopK8v2sb4qiOBC6MLP3onAo+zLOuh1bPsU6XGDBXvxYTnhhnybCVo/Hb92FOMBKoTLaz89JEqOnTuTjFSEvjnldX7QavVeCGQmbZ6QRoR0jMEaffEnTjplbphJHMPf+yOtyJmAOSXOff6EjfZNTi5Ev7n9EyrCKpG5nzu4jQowF5yd/9RrcGW0Pv2x9ZSV6sMjTkqu8wk8psAkwxQuC5BCmn41hIOHTWyLLwPEfYSTjyYHOM+VRt4sJ6Hl5NOxxujzq8NwlD3QSylbpEMqdQ3kXrvbU9zAs0i+Ta8s0tVf8djDU23pXvfW+6otI5ujLsWUq8PEdAT/SB/IgL052+nAVfXiRvVKaOcuMhN9Q/m+sjhGL1fMxTzqwGw5qJL4jSu2oIk+85mi5i5ka9QAutnhbdlfJgK0ukuZG5w4rghG2LKwcQWKfUgTzCJRkQZVPvaJ3iilxLYIuhlZn4UkWlODjqLioFSX9IMwcNeFDAV5fNYTuUHxX5RWGtRE+K5ZQBtshUjy7l7rVuqleBSrgJAYspdBQzSgW2wc6nUkP+AmxnsrxAWyZ7KHJcBiWTLzCXtL578tW1tLGqK8u93uMxpFhsbN2t/VHHTlaC2fV8zUQS1YNyVLVES5XfuRr46jZW1sUQZmmUfj/gBM+2sVWeJfyM0065tW1XfDkaLHYpYRnFAFjFcKG9vnzIwD/zB33hJaSBT9B8WpF8CDOwyfEx8U382nuTBntG0r2pD/qXgXR+rwYU/s1uTzhljnXft0SFjMwy6JkKmPlMqcilkDo5/8sic0zq8JhWuZAeBy6bMT/RS0kKZ91qKTVQtFTM8d3dSyKVP3/DaU9BZRstqEBsmDKdFt+KzIBSHN/lUo3X3VV8a9YkcLdtbIBOZFGxOEVWcEzu8JgOwp+y3jKpxC0E5VkVk0r+oz97zOznV1THJkC6qQiPtYYNRqzo/pyU3V/H3npF/828qk+HlTRz9h2v+40ZI+y5+ech7DeEd2E8c+FX6DK0QqXYwNT0LRlMPNXjJr9cd8xpfU/BSN8KcAbWTIewPtae4TnXRq8gWpmKo5YGxDmBBk2ztvUWJCbBAFHunP9tW+IrwbO+1VliZvSgE03087FxmvO2uabdQrKMW5BuxA+HU1E2qt9y/B2TpN4QIoeoKlUuJyCVRFalfDuokrfyjXq8rZ8MwDmjNtU5ulFgCGzUzyzzMIZix/iO4sBZlkOutuA72XvydFfMHjcf07/c6WNbY6NK17bBAyQVbEGPE6LVy7N7WRguhCqqTX3hSpzQUHob4bWl+vvhv1iOWOwZ5zfLBAJxqlxBqDPDEXQbY5wz1SMaA8DQ5PpnP2EgevCCgfNWaZtFT2CnG0CoHVujwjMQb+HbGBY4aH4EGw2m3oKKRwZhCkGC0m3NCKyqQX7GS0sB4wyKxZNEnjr+cPkow6zMMBzmihSlgoNvUphe0aVKTbcV56MwieYLwpM7etu8ekiTFkbeB9V5qNhp0bbODeqVFsxqhpdHEC6nMGfAOBNtIYuv9fKq84yTAQTPvFp1sQS2E3w9WRS2UAWGChw+GQsGUaYdUcQ3YHwsb9qHnb/HyUViUuU5cgm349BjE4OgAoPunzZMR0MPReOEcPFID+Tws4v2w33PX6zSRjBz438lFq+SDQHqF07+ysWcnGPZxu4tBS5nPg0ACNOWLm3Y/zEhuaINTnbOx8zcpcCM+mbsJNB/AMpxGFXwDcyypzFVyZCeKgEW07eBOVHP0SGlggvMYmPuBMjGUv2WIX6kBAyykD7+i+n417A7YY42RjePIWQNjqZOUMzHcwNmhkdROBi7ntpYgj/s/Cbn9cwevW9flWvOH6CS+V3OUcRNZxolPsdEfkH+R2AnjYkst/OLRt7jASZ1Kq8TUc9QaNHVPnLkpbrZs2+gf8h9IpESfM9FaQFJILYAC116XonPEH6AhttLN3miAfAi9LyCd4YATxdDM5+c6yvGFyqxEzWJGVW5g7bOEDSXYj3P9aV3ugyAlZkabP/OSHLw8BtwLQgvVFbou20PUqLjj0rn+L+E2Ga7GO2Zsfdq8FWCTzBDNorFkd9A2Gp9Rvw5zJUQgx18ibuO5AB+c8AhDu2ao+GDJ29AkgQqoFDu0OAqfJQw5g6FgwyVNYRzoUCl542umPsPkBfI/VEIXv818ySWDxc3nJ4AgXDFC4ZETXXBXyvaFqAzDXJhWjNs7QzApIBnfKOdAgnoMgutzFKR5rS2DUiYcQx34ck1YsEvHeFItRfNZ4UGeciJSHW4rHhM2DBCT+8abTS/97343Ot3NeE38qfZ9LjMlQAS/ofd4HDKwMy2KQKb87I1Wm0NM4GrYWDYRI2n6boM1tzLM45je17JjQ+G4JuPvbR6hnH4FivOEH3d6wliV+nLIzke/5ObGS4fd/KZ7Y9gdefxKizX75KQ2WogQzjEvj+AFjCKUzIuxg8WwdUulh/d/bPAT72ZU5ZZjLVzCF1zf1qKQib4+53Qz2/LnAaAEROFh8YoKZBN8ROlDh+11XRWWagUmuMgV8rDzbj2kgGhXy22lYZjVmt0g6umHzl/OO5yG0mu7QjlRg7lBpZk7SP7gw1Bn8LgvINmaRgZMt0pW8uWE5iLGk+P+e155BvrOtBNc+jRBzMvhVcDJe/B1z7IcK01H06vwBQW5xJf7fQBvdRNsn+/GPyfwpBn81ON8DthjPrj/E8hYAbSROqTNg/2HDM+8qz6HvZKjvCL678A/D/atXPlBBt/lfpc+2Hde2GgF3zhvZPAc5FsnHcW19sprUrGdazNc2b/2WllqNU1MNnselFliOmkj6pOqv/Q0jFmfYDI6+SycCzbFicZxGcbU9L057Uja8ISu6mtStrLjJLtxeDL8mIpMYrMnJhRbXHSETdwz+UK7SCMQigboslybVAy67XGE/zSbXZ0vGt3XzzkqFm3M/TA1ASdr2ffB1P53fBUkc2SP5t4l63uDVP6KUFVcKaaqfUPKIzpxqvd8Geag8J2HcGVetJyTo4jVs1y/FLXngFHkdu9sw3eVlTFZXjCuLQdSdTP4vxZ4FU7zJM4TxcDtX0kQC8vS+rX0/hwI417hXRKgJP91zpbVcwexwfMgB79LLxCjV0wu6dcGuH+Upe1rxGMp3AMX8rZZm2ZB9gmvDl4vN77ceZpXeiTdzXFdx6E5RYCYRhGRHEjegmfem4AUCSPYfWlI8WllE8EXfBulmjFL2pPRXI6N/Ul+xW0T347UgjFv4yVY1rxg+RelMfE+ukJ7eIAH4zQiTq22swk5+XhAtkpIxElxEwtSfFt/CAFLEbvGzKUbeVWG5NWHynmTLc+tJv/JqHYxer36IMP02uYeluw0n8sHzKYfTbrpvLIUw8Zzg2kR6mzSJFd+kaZ7FzLquSe/pkyM6cGN7zyM78RqsKmxsdB7I3J4TsTUL2gvmZiw8Stt3tW+n8ThjZ4bq6spAdqKt83jYyZHeYAqY2sjOHGM/9GNAgnaom3GZrARSZ17lR0MzBVTQyB3jlm01ZLQDXwC37AwkIQGBEv6VsHu9SRV17OwC1lCEzuyBr8tUXlzSCBN10hiuqY4iRexJFSaUBUgrzLOaD4qK/7zcKZZKFFk7Q0Awbp+khUashhO2Ry3wjzi7EsvCybQsVw7YdRo0+sNf3aYBaxXa+AG/mkh1uIF3qUMXTaLmUrsWi+Sm+NUcgVxsz8Lw3EUoW87xPh2P/3ggSYNzZJKLkYWKogobMvkwe/tvjS9ukWp2f+5eTLXnWmsDXkPSLRZs5egIwrIaLaMiGLZ3u1nyxHIOt+6+isTK7FAXL6n2wYAtOcecfJeYaKzlFwJnl5UFYaCuGdcwm6468UFC5EYJ68GyW2r2KFtGl18jInmMYIOPXm2gUeBXXc+uwjmxaPTAycC1E/Dqqv9kxXbI2aIlpeBXQibXxclRHu0ALsJJ2CfR4HZoQKwM6M7B16qgTw7UgWUPWRUgPlWgAX2/5RmaXXfHgtI6Y862tCG8ILbJaEpc2NdeaorKJrd2iGoWDA62WxLG7wMF25tgwNDrWaXIusHXoyrnmFC48s/Oj5IyQzgbXkPVRnLvBpX+36hki4hm6ubHbZwOUMXmbtlGx3MHwHAkujeth8meQZG871z7OxCfUJFcpaRoBc3Qzh94YGZNNaMYRHEahFdfYeHolIXjb002HWGePjFF2wx142sVSUcDTtJAFPGQQB3M+l20qgsaYEp4zK7dFPhNrZZk0MtMIeNBqqM0RgCMKmFrlNLMD/Ou44slxwNjcrhT8iXV+gpOtZEw6BChNdduk0OK7NAwoY4Feas07cCKh2XAE4OyqYiMccgW3UdKCjjFYVEspe4eKOkBcBV7WQqAiJanl5jmtbw9CA4vTKKdXm0QJ0vd37QvJNRM2f1oA/rbH1ct2kbmbHpajwe1Bl4c1mzkixLJQ0llfc/PXNAUjKnYBGKq/EiNwsbpw4Y8lL4TzqdJ7nQCGdQhgH7mOg43v+qZ0zhijjz+aMWpfQTQpHt1i1BgGWgETNOBb9nOi0NNyijvlnL4uwVoie/+KFa6VOONLS+nSypnivW9AC1B7cOi2RYU4pJlj5jg6FWCDiY8i0oTBKfM0Y4ks9qQz5MjI4GUWf/TSlpdBjO5jkyYX8YuJGZ+E3dkFsWaMjV4/wVeHOGb6sbfcY2qDekWAm+OCu0twPYPZxtjutklKQWALs625YJX3pydiEf82GdsbKHrhG/vX+AJQE+k4hn3G9QczSk4n2Uy86bLQjdnCShEUHDj8CfHIgaa7Kypp4yU9BoBcgswiT/iKacruML7fk/tQfmi6dU/QGor7ETBctM11rJh0FtiRjjYlo27/Ml/xRXUDz8x2cdxS9+5ivLqNmNDNEvx0sTrft7Zfbf/aFOsIiNhfQT1p0v080YhR0Sy4God9UObZm2AB3XNGbAJ+C1Px1VRyBCPjUvTUQf08P7kk2AT5CJ0rKUmfpkcPhzyxchqezNBuCk9HoYJ4snoJCZRZlg/dyxU9m9LFW/oJTJxMCgVxNILblNQfnZlKQuaZOSrdmeEd5pQJIvda5f78Cpvp17ZV7cnlVZtTm5tseicdn5KH0ifn6VX6JgMWJnRHtbiES78J3CB96/FOIaRfwDfdgLGvmxUAMK4+zoFpxQkYK0aoLQeuNGipX/QnORNjPc7o42JJV2JMm2LvQA18dPc+NWaQQf8Cho/c6dw47G+4RSbK30SBwQX0HnYap8TUH8XwnEx1yRrOUJe8sVd/YDyFj7L6a5c3OzUhoyg8hP/Gg4rjIH5/PKynOKN+vSqI87GeCpVoXX4xCb2mNHaGAc25HAqWfb7vCr7ucu+wjzWCzU+ZPJ6HL2x0wUQw8AIX6OEvvV6Im148H3IHTSK0BdhpKe1EDxvU/QIpT3iV7h4RwmEElofLUdINNHGoaGrB1p0/aEpwu0eSzMXAuiUkNN1C8pluKe1Mx9LINOpmiMva9W3b9vugjKiPvDJF3pgSXT0pVC5nBqd96Zq6k0BEuJmuJoP51l4NA3QP4+sVNRidvjP0BL4D67hRjy4MuK/p/363hE5msIUX90v/RAl40/NtC0gDItJKm/TQE2lKGttQNQUhSa85FmpITmPdKWe6GLgp7vRxlhSPQyfQ2LSSyo4cDePq0htyJqLcUIb4y+SLAZHzZaqzvBZ+l6DyzRISkxpad4IURXmn3S0FAPAaWoctRugZNhMPvrrNyD6lqry1tW2vi+rlrlQJHzMzMInxyhKFb27jjFlyDnrrZje9kLMyKAFvds5JSOVNFDGih7L8lRgMRQ60xh6oOWnWGZwo1rnhv3J6Mw1oamOdBiLiWDK9/8JJMaFxH6XyeP0KGvq7gjeTWm/AcGr5QYdpf2O31I6wurjzWVZJNuJMAd/Psg3mXdnnAU0TATEHQM2hMaOV2k9A+ZSwzM0IQ8zNnwlIkIYXT/MZkssKIGR2nUkQwMR0lDSQ8L/6eRkjhgKJJWKWUAoUP2zApwvwCKFJMbp6Dz2Q9SWXV31vJ83P71N2xtW0gEtOaHDFmFrP3lXKnLCpduXCbHCC59MMqQO0cT+1xhYlLfrDygqWYW7+kHxAcP59vw+vWMJf9Bg7UY8E1UdC/RBHggznNMnQzQRC5na0cWzqW40cYvRbTfCmwhTp36pEtVWK1Sp93PVTxKKPdulsgvVPTnoo68dSxJlLkK9/cq7n63ahpWpp42yYqNi/Tos4l55H+haIi4D913ZQN4uIF8AHdIaxW53zElqUrFMcNSNsc8Ttp5CjpIvIigMQ/O4H9oB15zb+7yR5yun3z0zwri4F1++SZ0Qf98bVhw1Me0KsiP33AkyWSz0DafwRKXHsxPEPrkaIXHmqWCXi9w+vEM8NpBC2348VNYWI4a8/KviPCzTeYJ+dBL4jdz8GA7R5dOMn7YuEQwcPUxiGNGGpPYwnjwTQlBh4yNrSjerilTFvy/FCGNn8EcuRpXU5jyz+8CZCLH++D3dJKX8FHj7zdzoWSqD00iWp6t0F4fy/9iiGXv6XN1FdnsbVR4ThWV3ShQCQUVISeKHpVFf/WD0NQp4dvgc+VaT41oDm057xGUMPEyMiRUQm5Pm5NA2IRKWgnOyOJR+XAwmeGhCnLtsERKcmzgaYNuNzmrb4gwhxcLyby6eFNdql8kX0r7HjWJbwfQZP+Qqw3KLtic1wP0tPqL0zJsc75fvc7Qya3xqI2IwSVaqtNOFdqzPGzxWXgKdOgo1ZLRakA6VNMsEvt67q9w11gbGUTfCoKOAw6iRU0gl+85snsqkqwp0fTG5hBRdpXFX8kgUeq7yTnVT6Ua3zXdrABbPQtvrSA34xA6jkB7wNDLRq3y7yqD8persTm0hglY6Vn7a3b1htPeOqWd5VZw99lTqsCi6CQwYyo79Py3NF5n68pbevzEMtPnlkIDUmZKVJ1hj4chJzdMmNBqTkuu5Lynsn56rEJxp5/ye6+dwRtDZ3i7yVt1iwql+MAQAItpUudZHcOR7THbK2K0VIwMzVHxbwKSYjuNJQZGQ+l2Armr80LvE5fSmpSWnrU7kBAiuiPTI20ZzCdZMS1+crNIdT63Gv/Q8Oym5roC0Df1y5uq6TBPbBQU3qTroLhCrT7pqwazWmNs8+YQWlSwQLM7OQmjHtD3Xl6AU1FvK40pMOWJ0OSdnb/0pHSMdzfw8aXAZdgHiNJli4zYgfJ7QjHJf2n/eLEK84BGQOuQ9qfV8N2x/bdCYSb7GsN0b8exJ/CN4Ab/G2ZzvWyXMfB8N7o9tXqxsuEl6S8oco2hTmAMC/uUl/+A17eT+8Vtzxh0ColMjAg7lHSVi79f6HhRUy57fGZL1CUY4OA8WSGh2e5OtiaMN+GaD0OjiQgFA4ZukVooS1nziJGqHHzF42EN7Xn+Q0p6VxnJI9/VUqUmgSMWF6GqTsTDWH6/fASaY48HmL866yOTc+UB7jZuWo8ZShKyc2Z/QJvCb9vazYhWQYsmtybAWsYmy3P0ByOw7fgHSr1y74Glv6q9U6Q8vS6itjNvTjvEsWsnRfcHaxiy7iJ/62yNb3wNiaLdY86zQzF7CRZ7OZNNm7iCZga9OKanhpkWq6UVnZQbcQ/LIPdVln5u57UWNGTAKMLpaTionEdsTIaO4VJC6p2ALQwRoNP02NE2N+6QvrWnMwAh4IrnJdrEUIIn807if/NGX6S+vH4WJAJxl+2sF/e3lYOVs5BEq9lvXd/DCKUgXGA8N2rVVrCduelWstQgGyi7M4iSD1jTz49DsQz5/PGSKxjSsKjzrYebojrAza+GIWT0lqAxWE7Ie+lOU2ba0zO26ptd47u2RBq2uZDb/v5iWhQe8fmSH26P5Nkuvtbi1OIpxNwfknS9YI6SPVLte20YTWbJ6TdjwPJOr59lJ2uFbIlSnDnKWkua7dZ42DPNPlkOJRXV5tC3HK6MUucOsOPxsaSGRz+7KGr4WJLszjK90mCewEE0tEk73iQGy6DuxYtUGXUx4xRmrwQszVNI4/Bx+X64wZ0a5E6FzkL3piuRm/hXXOdMIJeFl2V+HFy4rBjOvnJJZ1SXr8IbB4qo0PtAwHpAyTmciQDO9pyHBlSIbHzLChGe4QZbgyOMO7fJ0rgzOMgRV37UKv5rm41vUuU3clMt4gB8sGbxczqO5G/0iDjhODbp1oL5iPqHthmmwefOzjHoicoXju1bwFOr4bDHiz0Vw9Gv4rL9mYxtLywKZX77l0VFIqn3+E5I7aOg7raRnDCVkUoWYeoDY6b4QMJbLNt0LKb5SyVf9CHD6dPKkE8zJMr6KlU0axwTQC7p9UH2YZeUOngZFhGTYow6lgjSvStGSGqxHrrC0aFhWQ4WyGS5jh0yaDQVP7pmRY060WmOEiMtwWMlz1Z7jNZ7gCq6xY53pXZLjadRmuDmaY/WmkHiXDHlKLGhubZKioDA2LSp7h4ATZdN6qt85KPkAgLYsOxk5bWFS218gwytezGV5HhulXdHCzTxFvr7sXBLBXEG/aSyXIogaF01BvIe0laLVVgzJ83wxneIwMj5HhlspwpSD61zmRv37dbMSmeqq84jFRFA3sO3uEalstQYbJJqUwNtg7JhnWbqtFZThVZrgaJcf3w1xnmPLNgLmjkEGsW7M8Xl7WRebXOEnyQ4Eizr0dOLDOFmOI3Wb4lTYYo++kLfpD6FZvc54Zd0UYvYf4/YO6tzHgbXe+4yE9agVuR2OgvWGgdgWG9om6+nuHq3yuJt7H/vbLnFyytZ35kyldsH4Apmh7406iJLHUdZhfRFuG/093iwCIw2IhwREsGfvX35HqgrS7TF63Fh8qUnvE7+Jh07c/6LAI5k9UICvytsIR5KP3sMtCdhvwwvl87LKme/tJ6B5Ptb3e57Obn2Y1N9bK9E78LtdRQKdzfhR+RfxXBKzpXNQu64I3QuCSMsN6eM0p92Gh34VEEbBHn/w2Kx7JO1677J1X5WWW24iwZWWbJf7BaslH0ZvXj7J4K33SegbFXpfuhyySJpn7eVaco2YI4h2tj0hHzzMVmfpVJMapnnDwhOUc7XWkYddRkG2S+yYPhUHNQKTsKbzq5mlox9+vypI2xi2VbL78Jsg4hJI0dhye4QJYjexylIRLNKCzdx85IokedtJxGVjpzYjrWSOLRAsCE2XKmlwjYa1iw98ZbgBAOoMNQECdYY+u9NTbwNlNSb2RwAbs6x92iZoCP8Nq4y7f3JO7oYZt3dSaIkenCnzrWFcW03Nj+UVsQiY0s/Gnc4r9LhF/6JG3iDCJZnLx9/xjWnoT1O1tS85mlO03hjt0e8CAhDtRCT57thXyB27penc0u+6vpQkFY8U5/ZGvpjrgWD2VH/tXJhvtAoi+AzwVGnZz0NlcpZ8agH6BEK0h57hxxMDyT5iIskWFWnbaRrZSRhHu8vzY+lsdD0D49rTJqxvkEBym6dqlziGdGcBx0JwUs0WlT5xTL+bBSOJ4nEGOCQHtre6IiIdUCMYdx1Ivu2UQg5jl84blBBW/A4TowxxNlNpftxAteutzadoPRG+j5W1ptlx7tQ/UStm0X5dpM/RLPI0sOSb/12uKHYh0leWqN7ryppfdAZjzUAEdJ1PQmWuJLvdIFvjwVb8M9SyDEI6MI/GPEQ8PhjeHPHjw7ebGdBnuuhNzL6laup5D+sShuNkhac+TNj1CoND/+rCP+E9D575kex71MTuK49cnFbnYd/b6C8gJJ5e3B2U8PBPNVhr4xUMWtv7RpQSN8r3/VuJH9XRHLzPylBhu7QNOuryv9Us6HuW/60CbrFOOg2HkWVdJ5BJ0LdBLODFDzMlOlBznz0wkDm6QoMJRZv6GKg7yE8icNOboCweVw8kqZRBXYt3QqMbz0zsimruK5hiD96+HBIW8Pig7llKI23juLSpIYWWPutkRiBc4H4IsxQAx+wa9bsN09Kp3e2UavVz+OITFXBrIOkTw81jttFGRmBI3eQvkd+hF9EwUIh/zSRcaOufLJYfJV8sRISJ7rNP7Od6CTuTiJ4R1Sl2MaL/o0H9KZ1zmgmvkjK3XcpWXhxRw1nLBgbP5pGJG3xuCc8ZuGgedN+Bdfa5uQlmjud7Kxtamt2/HQBVGLoILSzUpFO0ddOuZvn2sa9vQqF3lI/PNP4N0sbsZi9kLtZ9y13VT14YzNZ+IP7PI3F0sOemc1gPGZO2wZuxy825rf1Dl7vsu/kXVbRypn+aMUg41l+baV0HE5zI40+4JLn5DMDrY3mcbELI9YbBAV8HSavd36zg352g7N9tyb66Nk+vJK3dDSOTki+hfXUOzJ5EUe+q3lKSXSFI81YsQx+kfuGvRcTRSYfI4BRoHPSr4Jg5yKDV41jkSfH1jC9WcPPXud2a38tl5Y8UnW6iaiKXzyifHRdIdP6q6Mcff8GEvJNNXu0kubR8PeJX72ajumvZgGTwY9oYe0BEXjMNovSYVgeitlMIdQXjvRVTarntvhTNdsvVzIbdG8txVnnOHc9F02iNwBGTOtwJPGWKnq1rQ2gZZfd5IRiWmyv79dYMx1YRYT5ff4OpDwbT6UBBUH17xqhcPs+rDB8tqp3ktL05d1RFsa9x92B/zMGly8qiagHv5kEVK4H5sOTyWIE2eIJne2EiMjsBOjp62DGGqXVbi6Ic72ks+kNCTVHJ32iVv+2WPkm6Px3nObX96yBFDz1VXI3xsNP3XdoX32mrsT/OByg5EUPzmpiOblOYsgXxz0chmsQqv4PF4Ixr791EDItGhhe7QYf+jX5Ljv2yLPLEjbG0ivIw/97vUjZql2wfyWVSKF0QnNWbAy/tl/NuVsjI42iYUBwKSM8+lkj7zr3I957le6wMe5IyG35vM6P0EP/7mDXMGTBm8zwA9c1r72JfeeUS1RoX4NFCtmkYoR9j9VOsE0ZRM+EcZXI818OtdswX5+q2uV3YFA7Pn3fPZEYDXATDad5qEChi2P+sgIyod0nLzThCsvAE1fOPl1HWrVc57C9JxUblq3a7/HumJcN0cCJ9LJ7vhRTmGxE7CjTo/WH7QECnv1oFdqA5oaM3BA/rXBSDgrTfnqD5VHcOUK0JcDdcZSP52g5CRSMVUjjDM8i9b3DiI776TTfgmRHA31sz85aFa9NMk1YbrN4xrQFrY6v4VxC2BVRVrLS33J4hZ2q9HeNFfk2+nBesdJVxuM+KmNfKi8UK8Up8FiZ6cDNa/YbhqPn9GfB0RIsWEu2qGTWqFAhUHR2JVaQAx4L273nqAXIiwJ54wAV2hR2KmhHfY2lwFDcpF4eW9vmjbDRkeRmT1XijC6O4FBRpZXsTfrY5QlZXXonWF6rNOtGnd+mtwN/wsRvzqS2c1Aoz5GN0d5sLnC9PpIgJnGXFR50VK6RPRkNbYv2ilD3lGL2u05IocZ5gg0bQOiv/evGM5aVLO4WzFG6VC6lo7Uqfd+REY2XTQ1sCHZFKvshxMd/edptlpHx20oiZM5WQjYizLvBab/xW4OOdIFaztVdIHmIXQGnvg2qa99pZq1D1p8//1bzln2nGMPgd0c7S0WBLYmjANlC9g4Rv66vn+fzlaQe/9BoHBXnbpvGVdLA/Gj1INloo89ZES5ARmSObJIOZEI4OcEuU3xTABcnQBX3j/DO0AzY9q6bltITly9oVBUGSfw2GvvBbujl1AVVp2neHytINznRe9XsEGKyUVRN8ZVA8gUp2iUJ97OehSWqoBB/VaHHMbUyNAXK+YeLkagTaL9Q/OHoTd9VmK9FcAWLgGFl9eKYeLrdVBL7LPMX7/popaPUjOtkSKnhQssCL3NyT09GUAQWNSaiD9WiIfyD9NdZdXebyEG8ScEjJYbHE9a43pH6nR8Zq4+80z4wb9HZbFJWxFSSvbGZBOCeaHjwLnWXQ3qJI1HdeNaP9hayYdDgA3aHgaWWnY5zrx2rmbOJGXm+4LcKn4FX80aTq0CiDmDqyrHXlj4RM7Jazbp29bEE5I557ddY/FtjFzAOMNuwMal7qZ297Jd/0ABEzdu6cDUPy/v3SO4/6Es7j+NdBUkO5H6w7CkQ0hENYVMt12gL/fplYOKNYLvnvbISNaBpugh2BaGU2+7xl10gggKPi47G48A0tbc7yVodKMStDgUv80W7A5cvEcDAxF4JM7/tuDhk3Q5enMmXpqO+P9fspDiXXn7mc1z6X/XTOqzH/9BLHkXjXLG+6usrF+4NE5nIQg23xmOfqtpr7i5400w5/bfRqP94CqvSJwkSuMdZ0dZgC5JYN74swNMwEmV9o2pFw3vYTEmArGS5xNH4gEyPN5JmmkxwLnWiJOzGMtJvt4aS85wywZ0cOmF+uTqWGCaPB9anmCJ2hkF6bjRQLakRM6qknqtnXswHBvhKf8qGvh+bZKpqSpDNwxTTzvfmS62mqg/dLG81c5GkNTaGaSw9zjUzo1vX+mb63FCNul9ql2CiWuQl2Mmyv6D3mQbeVhmXgTMjXyw56DtLg/vaO/PvzHFKT9QuvtsOBNm6GRFeLOC4vgYnGZUCe9+2LSHIggNUnSiomCc0VnygAV9Y4RNpFMsSTfWbQjnowrso7GhOSaK3Lccfuws9xFhVZyO9qdDsV+zmmeVVBP7FxpD9zIUf/whsy/+Yg6lLhrtPkS7sEwzmK40IpucyB4tfeQCM80/NggBENT5yH9biYFijB31q0CHsPwD24Y3tQ6kLzc0XZ5mUO0i+NMcSzHMmTOnaVIfLoWdu+8QwHDatiOrqjmdNd8Vizda1wBhIg1TaFoC8ZCHUFGY11bhUaLMCpOQ900XTx0XZ/cbrUAeZxKbzCgrCFpDvmzTFl2KW6q6Pml+578GYkgh0LORAXA/ALOHhlUqSqreaUuAn1sZoD5Zvnmo+TnYlQ/fE7rDqBV/MtmWqcOmjvH4DDum42ebf44mGxELmiM7IlR5ExDLdfV4DI9br3Bo4XfqWM4FyeJbRRsFGgaLjViXeLEMF84sYUe301Rj28cFy/QYveZD8X3TczujRo+couAGxaO4z1/WYMOwMO0urhB14dEWMyCltV3IjdnkgVIma9tjByhZRJ6+RoLGZ5+7LOgI5QDmlYT/Kzavh+ps5rtpc2jHJabX8cyBtAptug9rg4GC4kmC7PDrSu2B/TLgtjRbUYY7V4wDah/XSmnb/78Qq4e/Utu32j5GOEMeqtnaeV//aELB6VaUuV5Y2jjqvFdQRv408EX0J8B+quQyW4ATLvlQvNylA4jVnYMZtJepmsqdzO+8l83mA3zQEc8NRC9rTxl20rGLPpaxlX9PGYWOL5MkLuTfir0Wfs/28ckbb/nAAXffKjFqKvAOzFWhSmE3bgFUTi7KYAgJ/RB9syyJsp/86eHQkkdV/lTph/DnktO0dLSyIjZvyvEDU0cQcypDW3rb7GsqQG1P3FGRFAjpkhQ9Wkz/xgFTsx/wHcBhoR+2shVjIDZTK2+sXv9KkCEQWK3MqRps95Y9sIZTs8rJvFU3rgVG9ClK5HXhsihVyi1UhnfLzLP4E9i2h/HJsckAPDmic2s2TN46o0NcUgckOc4WRMKXNrPSEbEcQjZnxlnVK06cLebkWh6Gm+2tbPHc9viOXZa5lkCPjWvK65CbxoWs7xkwHtpfb4owusJt4eGzb5/vmIi9OyEs8mC5j8JmeV4vTKkDkAxQMeiDsA5yiTR81YGBWNrDnXQJhTEa+O4FUI59pQJ+6RY8IBIK3UgnANNUiy1dzZk+5opXmQhJk6DRLb+50jW1mdu3K9dzcIHd9C7z4MZqS4T/GQC5YswZJUnGCF2Di8x7UjJiDx01VYB6Um5CmsSDH+8t44oiy5L7esVlkphI0uhTLeSwzaPHPp/N5go2j3jOzMiX6gfSvJVfPOuBBwGWnEcN2xAb6zNnrfJp9oHPfjOOoermHqlxOumAsyD2ZLao56M2i5jESR34xr96vSZEQRfSW3IwH+u81I1wSyP6SA44dQMaQXcU4bkPgtcWqtlKgAiCJD2iprELB76qj0RGL7NokkHvYoLAjTRBFjGLF3M3NrTOUebVmxwu2cTZ1EORsAjG4i3I073zSZkHvxkwGntBT24TE7DDct0uYSstuV1ijdhZtd2e6KoXma1WUe39vQlzpcQm81ye0JnsD2vMKwQcjM9a2A0tZ9UEralp7pCv4LO9lh6hJz54/XEv9oBp/F1qG8X5QwvJteaKTOQtej7zFcOg0WYL3UyFPEyKvGKbvwDIZehlzrQwgBvga8XSSXNbInjToMUsMGYagcQ7nY/H+a2EXHO+qSlH20EpUWK1JMT0sAs4vSq9kiESBOz/Dy4o60fpa498h4JFOMWUhX+yNymmYmFyAQfvggeN5KfCAAFyTaM2SbDoz0XllHl9JW4tGiM3lcmTs+dhVxgIY/yXP2LZnpZnUodkvr7gDdKCsXoFs2y0SxJ0MEVCFwS2ZK5lrSWjtHcG/RtmkScO8eDD0QRkNECsRhdtyYRfdFN/ShBEr7A7vTz1mWeyqMZMoGOEyAJozukn++qH5FtFJnpKeei22mWLZhlYz/YQAGJaqqHmVfiT6m/RR0DiBh0+hOc4iqS5obWC4pqG1F6540rKN+mlG1ThWTcFD8acE2vY0QIP2N2rROMZYT83zQ6sBIEXDYWaFoV7XKuNNiP9x43C2zgoYysvHDkD/suqyRBq7Ca9IQ9G6y56irp/JW+IJWSBE7B3PVicstjm4Qm4JU/YOWsYNWY1Z7vTfAhbL/Rp09NXFVv9EttwZBEsy+BLwbiCkoax8hNqXzRFBJ8aOqwVQLnGOdCmSeMLeSuBFMHJnwR/FAHTRoK7RZjBsVeV12eKpOO+4yfIy2jA4WxgTmTbVyXjwz2Gh+sBroMB4frLWcjBO1MYTEhOHs4QRPxdY4hj3qdRfD45IrgKMg6Eyk9YSgQaQGFHF/mRGD1bUMb77FbAgOfj/h20dJVwU44rpeamUP1rkOxCHN1nEvUoZcA0gVvhwyEfvuhsevGJNU2m2SLk5btvh07yCTbOWnZhtvRhCqy3YEm2WgSdZ+9TeDLNk/reaSZw2oF1n1dRu+/IAuIkmRFseFbaJKVKBvhe9t9nwFoJ9Ywy8qOHztv5GJj0QzNW8ujdMwVscWq9cHgr4s6CNwuRn+swhP0yE1GaYzKCSVIXfDXDdJ68n2VDVYYzSbDhso5KC7MVZ+A2wqOIVEX9+jGXdzDXEKade8Z8gxqqMFFm8UQgwNCDDqGwSU8PJ6xwT2hk+/BphqZRew+cYD3XgxjIAJa5iYm8fokncssGAJFUTRrEhjQ5aKXxwpG0ESh5opyiZqoPWnUqpevnn/rCLOgv7oF8w4I7Z4JKoY+yU3AIzj67HpwmVmscigqdnhnA31uJDWBIzv8B3FYGhtBz8CZw8lfYP/7oz+5+Et/tNUjkapZCpAzTdTp5POyScDUgKyoOy1BDJM7HVVOBV0/J8bmcxCQx0aun3jHyko3XYpde17ZmoUFrFxQ2zikVG1+/WoMU7j2sOq7Bm93+uphIgwpjltoS12TRa9llDP1XMQYkkmO8c2rm9AHWxPCdbbjAVtMDFMTKieDcYoWr+puBfBfTTj3VID3bFF7hIPxNi4QIF4LgJPQZz+qe0jaV8HgFQQ/OU5UtlR5CNo9SFsbBGZTj33hlIyz9gUjBoAmCqQ2WHJyBASzCRQN6ga/gFYO43NE1xpLiHq3CSKMs0WJhM9/NYmUy0L+4Qn+xQitbfRTNtRcybIZaPK43MphaQ6eg2EKNyGjnwx3VLPS81cJ6Kv9ncx4xx9LDicnmY0PXeiuleZFV6Him/utsjeDbrGEIR3ch5MwcEImofT9Hu0tYanqX+wBba/NBv7t3+6EY4Gtz9/HzApvWbtXZmJQvvEZpDeIv4fNEbmf2GhvBqk2UsoTpy9mRDL5vuy4lmpzBhM+WzM4U6x136Vh7cbcLX23D640Bd0un/dw+IV8decwt0x2rbkRLx8l2L+vNuBSzcZqkwbJFkSvt8eESjtbPdEbb7DSYryLyURKFB9REGO3xeiaC8Lhvhj5eyYfLkszUd74YLcIeNSxevN1mglorv6GShmH8TpZd3uaQ/3K0WZjnfTYNa9rWkF3clR+o3mjj8y0UBiHBg3JJDlwQrla5Wc2ipLtcPMT1KrvLTUTsq0rcnRGmPECDh6iYYbH1983ZkDkKyjKJDlpGp6QkjPEXQsCuG3+H2HA46bCH275tos4HKGSsoj4nAh0iSBjjiUYFCocEMYXta0oUDDcCKdk7AwYV7jnIcCKGYvK6Oenp3XTvyy5pRhLZmiJyTLO0B4AyNlESlhzuEES7XLNUanvuEv92petugpl/qmOwAOSEOakSzW48osk0CDohnhGEnOkggZg56Yp4yhYpAmWJnzJsJf4TiU3Wwp1gJigTpiLLSXBu5biCnsGWADA+5GgmBtdLTlBEr3B8qWvZeJ5WCAG1ml7neF2pn86JR7SmAYjQC5z5gyIvthvD5jhGVgpzAjw7sCeHSHCQmMhznediHWK2uEennPpdaozOw2GUgMTzDcdG4N9INk/g/prgBnxx+MhRgy0qrTLLHQjEkWt4Bp7mRDZUWyKSFKea/HLb2b3FCeYmNlv03SliEbHBIPfCUvA72+cFUBudcZwBtVMY9XCsvnBkNbriBC3XJVHyjm3LInRRS1nMQQFEWmk+FtXvQlhuFLESRWuhLnFxaTpacj0wjzCDJmcDNJanfTox47VkTVtscREH41GTsNXmYISvx2oeMNcLdtQ7iyVZyqM4XKylcH2+dZo7yVOdIdiJmfn9PgU8iWtCWHIXseT0cWsS8icZrINRIW84A3rmbkfXOzVL7b0bXlHX1ntI0K071lTwRvlOxLd4KPRhfws4phPLVD55t9vGL4zPPGXrnO33WYbgF9kMEm88P8/vvz+87vnVBCHqruv8mm3ghNclXZu03JzOAxCUKLDY3cccxzrdTxl3WbIS9n1LI0EdiiQmIuCdSAmve2oYsxH3FSOsbkhdOeaHKKJ33fAruzk86rff9LPXWzXlMbYMZNvy9Yflb2HLmSe4jcUtr+wr5kLdrVIOvfU/qLlk+PBsoylfgAaok4Wh8FzOl4t1c2LsfjnEqIrCE+OQh08uOEqYmnjPCFk6+7qbmchJ/U0ujTNE15yAHSQDWXtes6atanGhiXyW2NEfpZKXaYjDYOlGws+9mJ1I2LWCw6Dz/wp4O/3ysQ+jh7j/Y2T1PSEgKa51lk00vUChe5qZe9l6Vy5S7faUhbNmo7dnCYwYVLyJpl1B2i49nhfFM/ZncuqpbUx1NFMu12YaBWN7Yumiy1kEL/KX9jHGvfQzb3U4pdcWpi1i7KXH8dBu5DodSUiekIFKC4hH+RCJQkn8eILLkceUAhjDv8ERqhwiaY5UsFlnQZRBSY96zBCgwkZG7zEG/SG3reZXpA6WP6JBd24WYsYm4zyns57OhImXD8+YwD2R92ccOO8eeWFSSBIZJGuk0GQ3kOVFELrzzYtEmZZLvLPipxpd2n7k1hLmUIcg4lGCXDGzzgk6ZrhDh+wYFwkrMDBK9ijl7brpwljYNO+sObqI3AlT3sULOau88sqxpZ5xkWctalFR0+xHsMQJR8vQQaZeYFtoeAr+noZvGt/bgb11RJEtBbKAsa44JVTq/OfR4wSUdLMUHB2fUmugcP7kGIDLz1LtKExZP/XUsaGqUvYjOm+eUxTsP8JInNXHcP879+0AeC1hTb+V9L07vUc8KHZVs7JLNB1wPIj45TsWKzd0qqynyGK1B0wb917rXNHuN88kjUe8BDFtx5OE4P24gIqM3ouTs6FGjqjyM41nC1kRxwbV5BDhz/knjiBh/4T9neznlJAQ/PDTWm4oVs449wf9u8L8NBHQbRmZX/And6i6bZP7SgYosv1G0JIomuZB6vTudF8RzauJuMDTbTMvwfwRM9lBTn0VVxOGCrcC4bSjUPJErdPmVtlJF0NQLl1QzX2FIcJkQyZFAeFzAU+GiGm6mY6RVHg54cOCKSLmi1b9ESEm4KI0aMiz9GomOiNGmWhURIOaX44VQBf2wKLdGxtz4DnWe55Z3ARxTXcEgroKHAGnyoCSuezaWaAy1V91JooVD5+innRKSU9DQLsVz3LZlt6nikz6Y+c56nAFxnrvUsi4H5Gi9jQ629wqWwcp4XCcdELH5j3vst4t0ovkf/G1t1mNte2diCj2st/NMvv8D73EMDoxQ7d1VtGWbcTZLHKNGV9TpClQ/e1cEgz0409ohxu1AWF5SY3Pn3I/AlZSgvOBdKICpxjBB3JZgV51oIsfsGbf3O08bQpxt4aPump0MNaHcUC9TinR1HrcFE20ZBz+9zogGR15ByU4LVPD0Jz//87ZSvFqvxcvP1KWQV3yot/cLYMmlC/0Yd5EMwUe1nDFSHB+cbCxjcvjmP+ZWaVGyduIw50OFeEHnyBZnzCt2/eoMBgaVL1SGiHl8Y9P20xduOLNS39rTcLyjzNF0r4Rh1yAblWGiECYqm1EA2t4N4fQZQZSHN2m3AQbdIfko8XTrYrHwuU+wPi/HMnotTZtgj8cVsurU6hsvt7pSdKbq4ktZCtjDBhEnLyJj9BXWTFzM5ua0NJ/odMv5p3ZRJDAevT2iTuJJpJdtg+Q8+vvds/Xhe+dC9X/TwsCVE7yYvtvnjRarBYng3t3IVG6lqiOPnYr52R9uaB8Nu+b2sWwx3URXUsBcFz/OxZgWuglES4D+XLrchD0g/KxpSokynz2M7Tm0XKzWDJLIeLszDhSD3SJAxK7kR3i1Z3j42+7QAUVE+6c7M9DHGaykVxedCWoA+jGhsO3sOxK0t4dkMcobvi8Cu3yPMkafdmyS1xQADncitxRqDNKsW5DQRS/GKSUyCkCqtjRqXjqST+C1JHL0qDLx7VUtmAzsqbPWdB0mTxhd7dDcJlNQAsvu7VFB20nePf0uk52eyL8Dyy6LXMjamkXB7x0bk/FeohOYWMnqeXb5aANDVXAAfmfiCX74LYs3RRibvHOsaWouLyTaUc5udrdy4YhliZz4E5QiKR19Ke3ZaHfj883PZOWYuM7X5OhdD8FxWv5tSPTqYgP7CqZwB1n1wvMf8Tybaf4dXsTQvDGXjHIKXLq/ZE4OvSxHF+G9Wdop5VBpwib6KssBuDCxMhewIFvm+SB5TnC5xpeyCiAu+2OBB7YneNKapo5Fol49T2EvofT3req9PczEumKOhXP/ZexCFw+1MDIg9KFCdCbTnxYWfD4s/GwjQTfUhaE+Mk4NnTGuYwq3TmA/mbxWW6ljWs+uHlWpQBOhmMDvRdpOulKerQix/9nH5eS5ILbrlv3GrnZ6eEP4WI9nSHU6QGldszsujlXPuCfqEXQsI6ntwah2WhQSVs4Vlkv7dY9DLksDefWZ8WRwlzrpSS7GsAdaQ8yfj9g8N31ktwRUWqqdCJ9+fJp0UavjtUMntkyAJgXHGpxjDQknv84WAYp9cz3jhoYkSiyMseLQxnHXeLqcwklv3+sMpBNu110RSuF3t7I21vAdYbnwRPG7D5bQd9oJjt8Qx0REOr/uC8slA9VagRs9rxLrV8YJkjRmuRsKUKkYjjd+agPbKt352BlkP9GSc5xCV8X/0b4dYBNUWgHzab3eLWUilIrjY0ev5QkixKzNamXI+5dBeuNgoemlLNvoQOnLtuI2VOgJKtqXqIRraVBs4bAKsNci9JG9jBLQgCBEhq/GhjoNI6MYrwl7dc4buY3fj5FZbhT/Ailz8D13vpixOfWQMrVoZISAFUH2Fy3WGVYYqwxWXFWFvoG5TEtMQml9q6DyA2ZjD57Fp6lrSNpZyLlN/NyO1mMIFdNKyesgjgslguMcWlGiw2p7iY4sjlK4Fd2AwLbPHvD6395S7XZcbJkr74B3pUrlnvz6j2DlQbIHllyS9d7jyGYR/Jopbp/sy/61tU2Bx6qu2W4jg1hMLHesqeN+QsMJCtKSkcgJ0zvtrn9qaE1Myc3DtDsUxlOusYc5jz6ytLG56nV7rijWlEp7MTwHE/2Z8T2aMmQyPaU43yFe0vmdtrSW2IscVH/NXssz2NHm1nFkG0NrSrVzM02J96xJpJLCoz5N5w7ZCr/KvclN3TTbLLBjryFF1ZwmJeevm5smGQClVvXCw+ghe58d5+Vhvg4vQZpoGJ0IkjgCezYJ4Y/ENXHGk3NHJvud5IMrE3mmOGV/lQMhECPbvQRxUk13QrWlWNnLNSzbOBxIH0vESw8j4GjkmxnRx5LewT4w89vZDCgF4F8CZmWpK9NU9R630m62P2kW6j6khNvdr2zi9vZMh/foeaJjuRBi7AC+TtB+ZrcjednKALvvzOpXEH8loEAqdUy82mTSYctv4qU+HH52VdhOK3+FRYJQk3DJ2rvZ2jC05PhArq0K9VTHf1KnH65ZEF4X0uznZZd0OnAvRJH+z7sR+AUr9N9JWioqvIPVol8eWxYA1KOXR1ay4ttQAoPTnHpN1Irg9ay25+NCPqOt3I7QI=';
/** The common licenses the matcher tries first, and their words again, in that order (the same encoding). */
const COMMON_IDS = 'Apache-2.0 MIT BSD-3-Clause BSD-2-Clause ISC MPL-2.0 Unlicense 0BSD';
const COMMON_WORDS = 'Gy8mCJ4Hto0sv1A0hFt8LzU86ebfQEYYjzxNGt7FeDX4IJWWawTnnXiU2LNPGxybOnagGFdQAt9GMI6141hQ+otrgmMnrkVcjDauRYHn///+f3OtDefe9/lhlAfa8B9YBAmlEQRAUVTJtGdVPp1kY0J45J8CdNO0h+4aBPS/1v5Tz+IsJrusQqQEoNOTk1v969WtrvnV1cGuXpxgL84uz0J3wjKrNo5AgQSaySw9WPiA7r8AucSiApbfRqgIScJFqQifN8nwByRd1x0OEQkiIiGISLDjd3T2N0Ox+vT89cJKoyggmshMPgBVpYtKDK+zNwQZmMH84Z2qi05TX8QkPBGYd1QZuQg6KoY3bMHR0d8fGB2iafD/QdULgUoumgaUU6qOcdrFlhKPsKXVqXYx4tARQf0gJq3TLhbjg36JRKyEdQ7qEvFriDWafoD3CFGBmFB6SLe61yOiawjUs14Ru6b3G0gnIOJEuCIU/cm2nZwq9BCeCYNWK7FLLVKLqKN8s9zmcgemQatxAg1Iv066NqhfW1LLivzEVf0iwhYio9USLD+3r82C8deJupoXlurX859XsFJxcIpt5gEFjZB/pK9oTAtiGDTBk6mE4ehcpyCqwqDgFEkanUIKqPL6QUuttEgKaEGwQJySRaXj7wKgRPtA/7523oFXm51Ile/XbwPZwSlSjZ1njGSmjMolQysc1CF//BBn5g/Eyxcv0suSjSYBl4WmfDMj2mjW7dVY0HaSfMSyjXGCQ7DgXf3KhAsWQdSUghLL9hiCZ2OdisE6PErsD8GCZYoTLrDpLuQNr9uvkHksOPVnDIpAeHqjWQngPSjxhkeP8TdN1WiXiQtQdfPWiYtj6508Yp6K0KKUY74XUB+EgnNbky4438vLC6x9KmhG4Tj5Fw1cZOU78GVjBAVIYoieL8N2q2w99fD6oBum+VoXFByrWIgKoxlsY8mgTytGQKJ+YQLZmunfb3W5Mlo7KoqBDWrdtNQK0lpbrbVxDnDWCmUN4i0N95h4aTpKPQyujMIkLYq+Y3pLvMIsHXbBBRsHUBU+TY93dIoM9aK8MDAO3yWS5lkL0LwvWQbH2ygwRyJ4L6EhG9+3YvsQEzZpXwkXO8HI0yFzxpLQmUXW9kgUPhQy8RjOclgmCgtN/1hDGRLxUYcJckgcRnYIJtAyYYg4wfGKqgECdWctc3TCT0M0Jyg1KECdlQeB6/ttFZJ7Y0S45QPaTkohjmBJ0AHRZILJ7IckVUFUVtZC8TVA04Djzh1j3HES9mEPTYGyCOOP604CRnxxow4F9B6DSHR4Hf8sJxWHBMDLVcD/wKsvTQrYApyrXD6JSZoxAokDfs8OrhpNFub8xccAe76nKjmzdpssg6zq5s9w3mu/Z9ZlLYziX4NQqDNk5oZAB6Qf67qksxNcr4t9HXGCXSF2GQGKwJ7e1ni66RM7YPCvtcop8GntJ9SEDpyqbInC71/yArxcEoixNLe3OPsSkDRPXvVnCYMi424MMiQHhaHGWrHgb0DYfNxjEL9R/tYqyr2wOPmAUiMUI87HhGxEGEHXEyJpG8mHVxaKC2IybU2F81u+jN61U2ZcnS8igWFZgXZ+OipIyrd7Bs6pBZ73Ql4+2p2+y01SfBOR5tlB2WKXNl70mUjClCCSMTFUz5FYssRXjSK8ny00O2cL2Tg3j0usgzAzaJfdtuhsD+IXu3kmPGIoTES5A6gbY6Zw3NDOMNhu6Q90/TbsVN92KuQWdhiaN6WWJSacGO3OCGrgNDjSdaP301NgShQx0Fmb2zRENEQynT4zEDPN4jabBOnifAvMQ8whks2VQmCrenJG9GhDjzfSFTH8ntgPppKKfZxRnLJBVJtbdOFLZ0OWUiy0CKC1UIfi+4DisVlMTSmenG9hzaBWQP1nnY6HuInwkgT43IcJRGvNIiGttMpqxBprm2neZYuij2ekIZZ/2cKM8GbESsEJtvFYS5RQ5PsG0z80LoklhBKSTFbVyVrEj13H7sEIoHHZFwJtglhbq7713oIottR3uzLC9bAaH1dJWDrgCNlfib4O8v9u+Tsi1VITO69Mh21kwihNUa+1iRQ55cyrxN6cvT9AlaxvtS1frqiFR05sAJCXnWBp2NEaHgGVeIgR0Ogokix1LB7xXTTHsUI68BI2JE69EmsCbOOiDSipvLYNlgvKxtjVAwZn3PePDzqAgjtlBLmfNHzGPH5vI+cv0HbNJ29ngJjHw/mrPj704w30ep8/WfgK4rNo1Ip6dHFkfIhbdyQFPAhJ4XNdCaiXB9f3BwNIJYwo6PH/va7KOfuzYbSg9C48pqOLmQkfD0U8o3s9fcIjgk+qTgO4P5mGs2T5tHScbY6aMQgIqps5U2fWqEIBdZdm6A0wDtJJdMhhyBGY5KhjERZpmh13wkmQBnaKMrBup3fSQGW+0a6FJOXOOOuc8y7EKmiK2EWXYJfHe+tcgV11LZkgSg2UrV8RMDkojFffOoVTHuKGm5REw4WyrdstwdS8jXlxaBpknjdYYMGGV3lBdxEq93b1bJFkDC06tv4iRR5C+HE3y/j30xGKoXZZDbKtNtUTVVo2B5gpaEDG+m2lB2eIrfapgcRW2zpdFwMWQqsJfCG/aJI4SDSAuGUqK/hsRcaqvVqDAofP2wnnpSpehYygKj0MWlAkBFLxn0MWtBviae6U8mkbbOgihq3hq3T8TDTcZk5sM4+DTDobHlRqDTB3NLeApPbDp3U5sz8UvM+wNWIRl4yYO0/yw8bqPmfU8kmrbAvJXFOGGO53zc0+Q2QtYsT8vkob5y/rJfFFhm37SPZaivg0mbadQjJ6OSotMpwxcMR/hzHLtn9Gym+8/GGog35hzjsLB0+dwgT9V35EV+gLhv30hNAHmgGXPx/GaRqjkoVpHz2LUymhToIQqvCqTookz0hS3Jz9gQ6BG0Dsy0v113po2RWZdV1kZ0HHzofPo4bZJ0iARYyz0HEu3eNN/Igv3wjh/t40Gv8KYFlALyFQYJCf2UnahicLADhzzZ3y/ZrybYFmZL0J+DJky4KaWnANoOoI/+ZVQWEUbGTQV2qNIPjBQP6w74oY+81yU2j+o+nZ6Pk1Mgv5FZCq+HTXNBic30uMpnM67avooKxZzQpCtLg9gZiFu7EoyG6y5xdDBYXbSgvpiMlS/eSLU6UBHcwkFxxOSOb01SjVsVHIxsSHOImj4+LgIsJQljqry98kkraICvQjLBYGgdhE5wF1IBgEqiMW0TDZCTdZGU1qI4OTz45OmW1lEj7K1UfOnuVXRBcsJn6EIchh0qPL4yTGIE1sJIgy5TBmZCzmYEgButMPSQyghFys3HvH84JMPr4d3jqWpp8iD+qoqyE1IhpWFP2KjUN8AtHHU2AITwEsc55fDGWhD0QOz6zo9cMb37w+tW/aBdY8J0LSaE6GgBlZ+2WBYfMh3SJ1mkwp4bRFk/IzLTu9k3HLjglGk9Dh/JxOVThfBxk5qAmvFdnUprZrP728p9c6WDH6BahofetX4YG2oH8ZpQwl0xrQwMqs4UYHIsEI+NUpDUqvsSRttXEWUCHqqjbrk1cvs9oCo3w6c5VsgXHuay3bia6h7+aCdOPiJUR9Ej4L2u1/6g4WGFWKtPpmdDN8DC5ve//TiBmYEhC8U0BmWVm7OUTKfrcSsapPioap11nZgvIqc8iWcSxUrAwxssV8ZvKDqhCHZ40J3I/s0hpdtoUcGDqH+BHLDmpqcMONlW3e/uUftGhs4+KNLw4gSfWP5ObbDz0hn4NobLTV8ChHClhixBNlEbBbKaCJZ/NOUyMpA4iztHfLtEWSAPJNHNSSGRlBYWam5SAuduDnXUa2UIDlKNavo8vFORsuzkiDXhlcsuf0K5gxaVGNPnnXSrv2NwnMnejV+A8Y0304W9TzB+vmtjxVy/ghklLZ4e8yR6KcDJhwHHfk76plHsDPci8Gw5V5DMESWlNSUY4PAk1+nNwdi0iV84mIuTnVpDZ2IkBdzFY0tDjteyg/J1UFodXiVGWFcKahziLJxxEkI7B9BH0fkysF0gFFlNk6BS5PeIn0eq5OWHjEPsC2udf2OVxS04HTwrhhFYvACyrIPqLkjTyjr+fZCc5ifElyyKy5yYryledCgDGIN3blpADPCAEfcPECrm+83LFQyA7/fVp1ZEcsdI5qiC1SBYP8ewvujbNfQBooUkeckxSt80VlE8sQp+vNIzbGvdKKRVvFJySTP2DW+mTA2TFrL6wjVYq6qBVOGnGQovbGDuKMjrxNFIsISVjCc/9KguhOgVWpK87x3HvkU4Bt/39WYyGTrWhzDaeGRNNqSqmz0TdzYnakB6f1UYbw9mIFhuspdBg7CiJhFJhFpYBDgZQDcgtxN2RpnXiPi2U8ODpdsSgmBYNsmGA/HhvP4n/c8dYjN6RYlJoixb1x64mGJrEusiCauVR9nJtBQeEVExxYqaJeUg50MK6882jdoXQOV298ZPlkYnlx+/8KKC0oMoS7eBRgzenMbYZiPaaDLs0cTJI1Q3jDZrQlzBdxPbuk6NxIJPC0gyVoLSkYNt6KcCpJJOZ2d4g4RxjLFB7eS0RY+kbxteBuoC817nU/aw+azKfiVMjFbf46I6eH3Y8I6THJPornLQiO9biKRDJ/yJOeMvt2noU9LylXJ4Kp2VAgfaXFogoYO0F0xcaeVGm3L9H2/vL4hpT+5HsMW2sumeeXZQG16DKgSjuAunGuvuL0k4h4js88qQbbLfXAch+Cngsa3q28oRhbrLqF/e26JWuvJSskJN72X6pg4j1QHnDHL12JiQ6UGczjLvWEUQgkjcyBlUAUJk/NyeKoTvWoWnlJvrHB/MVjXLwtl8xhgjGaNJgNYUPZMBZQqglnw7cDK2KIyBlH4qDUekzAF4Er545oHGKBlgB//1iw+VK6vggSUa1T1Wxi5ZXNqXF3xlCGNilfQH3bfZZYr2kP4SU9zdcMiNk7ol7fNILZWe2S8+hCwKCOEgXNcn0+JCOklXxXTsM51iEOQz7mUz7nnB0q8SXQ19TGAIP+C6DqgpDrjQT16bqaYsIoJDcTuLZaM/X4FpKgNmCCGSKkJoy3DW2RsDbTxixk5knkN6q66EoLJ98WwpH28nENG5W9uxHKET1ZET7HoL3s+ve+VL+kxxtoLVHEKWvVuqYhr0WP2ODSJpxPycslF7aUyFyiRZN63G5lLbmmbjCqxL61qrXZbtW6V7m0KdS2hEqwveUa010EZCn1Z1rwpZkjyZw/w0wYpXxKr7wUUPYgsqzZETTxEzeeRt9PFjJiAGUtc7x8wsKLXwgna9xWhXkaNLrGrtz68XjdO2XJHXth6k3FEmFT325jwug+UI/pOb0Gaqb39Bk7Sd9BvVqn32A+/cda35lZxuQlG8kQLp/7bSQt61xmn4G5jadyV4/gdnPPWNC0UZJKMjXpM4HHbp954eQaTgTj/tOYkwWF/3LoQIyYk4dBIUVadbfQ3GOWALLyGM0lIc7AE+uzY7AWN/sn2b+xVCCq0U8IiNC4x/DNIBYL1qa2zL3VA0xJZynD2tfhObi6G3ecdFSXTMNlAV6DBASHTiyZzBiGElnTyCeROcGLLAwSc/MHoveZQlL3sWqRFNgJ826ONaxjqPrvf99ef3/PCZzq0ggouSR13zMkLXX1yA0qB+KEoFlfFUvLNOsZYUwjqSuSSTOqYmLjfqNdlV4MPqZ9uTgzVu5KkBi3mps6uZ/QrXOJDuH8YJvLEziS5ZMT4uLObM16RKxh8BnntrW9HUXf2Zl8dqndKWtlYX9BLC2W+y6AqKQnSkgPRIg7+v+cQAibfPIUgOdbI7+QEKjz8WIrxy3jIm3vM8wW7QtIoZbqCwhFMM7O7YxVskWdzEAgLgZmoWhdzh+/Kip+QcVD3K3udPe3A61X2b6V0p/mN1PTM+nxFkHL/qBbp87PNwAes+cb+Vb0CVDwpNbrjRgn5lOk91s5kT5vxY4n4pS+ARWsTGX3n6Cl0rLF/p+l0v+Ji7rWfHy7z4n1fVeX91RPQt8H5ALmT3wB';

;// CONCATENATED MODULE: ./packages/core/src/sbom/license-data.ts


/** Index given to words that occur in no license text. */
const UNKNOWN_WORD = 0xffff;
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
let ids;
let texts;
let common;
let vocabulary;
let vocabularyIndex;
/** Every license id on the SPDX list, in the list's order. */
function spdxLicenseIds() {
    ids ??= LICENSE_IDS.split(' ');
    return ids;
}
/** Packed words (16-bit little-endian, Brotli, base64) as indices. */
function unpackWords(packed) {
    const raw = (0,external_node_zlib_namespaceObject.brotliDecompressSync)(Buffer.from(packed, 'base64'));
    const all = new Uint16Array(raw.length / 2);
    // Little-endian in the data; a typed array is in the host's order, so one copy does on little-endian hosts.
    if (LITTLE_ENDIAN)
        new Uint8Array(all.buffer).set(raw);
    else
        for (let i = 0; i < all.length; i++)
            all[i] = raw.readUInt16LE(i * 2);
    return all;
}
/** `ids`' texts, one after another in `all`, each as long as TEXT_LENGTHS says. */
function splitTexts(ids, all) {
    const at = new Map(spdxLicenseIds().map((id, i) => [id, i]));
    const out = [];
    let offset = 0;
    for (const id of ids) {
        const n = TEXT_LENGTHS[at.get(id)];
        out.push({ id, words: all.subarray(offset, offset + n) });
        offset += n;
    }
    if (offset !== all.length)
        throw new Error('license-data.generated.ts is inconsistent: regenerate it');
    return out;
}
/** Every license text, in the list's order (decompressed on first use: 1.5 MB). */
function spdxLicenseTexts() {
    texts ??= splitTexts(spdxLicenseIds(), unpackWords(WORDS));
    return texts;
}
/** The common licenses the matcher tries first (12 KB decompressed, or taken from the whole list once that is). */
function commonLicenseTexts() {
    if (common)
        return common;
    const ids = COMMON_IDS.split(' ');
    common = texts ? ids.map(id => texts.find(t => t.id === id)) : splitTexts(ids, unpackWords(COMMON_WORDS));
    return common;
}
/** Normalised words as vocabulary indices; words no license uses become UNKNOWN_WORD. */
function toVocabularyIndices(words) {
    if (!vocabularyIndex) {
        vocabularyIndex = new Map();
        for (const w of vocabularyWords())
            vocabularyIndex.set(w, vocabularyIndex.size);
    }
    const out = new Uint16Array(words.length);
    for (let i = 0; i < words.length; i++)
        out[i] = vocabularyIndex.get(words[i]) ?? UNKNOWN_WORD;
    return out;
}
function vocabularyWords() {
    vocabulary ??= VOCABULARY.split(' ');
    return vocabulary;
}
/** The vocabulary word of an index (for tests and diagnostics). */
function vocabularyWord(index) {
    return index === UNKNOWN_WORD ? undefined : vocabularyWords()[index];
}

;// CONCATENATED MODULE: ./packages/core/src/sbom/license-words.ts
/**
 * License text normalisation after the SPDX matching guidelines: case,
 * punctuation, bullets, copyright lines and varietal spellings do not matter,
 * so texts are compared as sequences of normalised words. Used for license
 * files at run time and for the SPDX texts when their index is generated.
 */
/**
 * A copyright notice line: "Copyright (c) ...", "Copyright 2009 ...", "(c) 2020 ...",
 * "© ...", "All rights reserved". Not a wrapped license sentence that happens to
 * start with the word (Apache-2.0: "copyright notice that is included in ...").
 */
const COPYRIGHT_LINE = /^\s*(copyright\s*(\(c\)|©|\[?\d{4}|<year>|\[yyyy\]|\{yyyy\})|copyright\b.*\b(19|20)\d\d\b|\(c\)\s*((19|20)\d\d|<year>)|©|all rights reserved)/i;
/** Words of a license text after SPDX-guideline normalisation. */
function normaliseLicenseWords(text) {
    const kept = [];
    for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
        // Copyright notices differ per project and are not part of the license (guideline 8).
        if (!COPYRIGHT_LINE.test(line.replace(/^[\s#*/-]+/, '')))
            kept.push(line);
    }
    const flat = kept
        .join('\n')
        .toLowerCase()
        .replace(/https?:\/\//g, '')
        .replace(/&/g, 'and')
        // Punctuation is dropped inside words ("as-is" → "asis"), as one pass over the whole text.
        .replace(/[^a-z0-9\s]+/g, '');
    const words = [];
    for (const w of flat.split(/\s+/)) {
        if (w)
            words.push(VARIETAL_WORDS.get(w) ?? w);
    }
    return words;
}
/** Equivalent spellings per the SPDX matching guidelines' varietal word list (the common ones). */
const VARIETAL_WORDS = new Map([
    ['licence', 'license'],
    ['licences', 'licenses'],
    ['licensor', 'licensor'],
    ['acknowledgment', 'acknowledgement'],
    ['analogue', 'analog'],
    ['authorisation', 'authorization'],
    ['authorised', 'authorized'],
    ['labelled', 'labeled'],
    ['licencing', 'licensing'],
    ['noncommercial', 'noncommercial'],
    ['organisation', 'organization'],
    ['sublicence', 'sublicense'],
    ['per cent', 'percent'],
    ['copyrightowner', 'copyrightholder']
]);

;// CONCATENATED MODULE: ./packages/core/src/util/compare-text.ts
/**
 * Orders strings by UTF-16 code units: the same order on every machine. String.localeCompare
 * follows the ICU collation of the process's locale (LANG), so a report sorted with it could
 * differ between a laptop and a runner, and its first call builds a collator (8-15 ms).
 */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./packages/core/src/sbom/license-matcher.ts





/**
 * Offline license detection: license texts are normalised into words (after
 * the SPDX matching guidelines: case, punctuation, bullets, copyright lines,
 * varietal spellings) and aligned word by word against the SPDX license list
 * texts of the npm `spdx-license-list` package, which license-data.generated.ts
 * holds already normalised. Words are compared as vocabulary indices.
 *
 * Thresholds follow pkgsite: every accepted match must be at least 90%
 * similar to its license text, and the accepted matches together must cover
 * at least 75% of the file's words. Anything less is NOASSERTION, never a
 * guess.
 */
const MIN_MATCH_SIMILARITY = 0.9;
const MIN_FILE_COVERAGE = 0.75;
/**
 * A file the common licenses (license-data-generator's COMMON_LICENSES) explain almost entirely
 * (every match ≥ 97% similar, ≥ 95% of the file covered) needs no comparison with the other ~700
 * texts: near-variants (MIT-0, BSD-3-Clause-No-Nuclear...) fall below those bars and go through the full list.
 */
const COMMON_SIMILARITY = 0.97;
const COMMON_COVERAGE = 0.95;
/** Word counts are kept in arrays indexed by vocabulary index (UNKNOWN_WORD is the largest). */
const VOCABULARY_SLOTS = UNKNOWN_WORD + 1;
/** Templates per license id, built once and shared by the common and the full pool. */
const templatesById = new Map();
let commonTemplates;
let allTemplates;
let endOfTerms;
/**
 * The standard notices some licenses ask to be put in each file ("Licensed under
 * the Apache License, Version 2.0 ..."), which many modules use as their whole
 * LICENSE file. licensecheck recognises them as the license itself, and so do we:
 * each is cut out of the license's own SPDX text, from its first words to its
 * last ones, so no license wording is written here by hand.
 */
const LICENSE_NOTICES = {
    'Apache-2.0': { first: 'licensed under the apache license version 20', last: 'limitations under the license' },
    'MPL-2.0': { first: 'this source code form is subject to the terms of the mozilla public license', last: 'you can obtain one at mozillaorgmpl20' }
};
function templatesOf(text) {
    let out = templatesById.get(text.id);
    if (out)
        return out;
    out = [];
    const words = text.words;
    if (words.length >= 5) {
        out.push(makeTemplate(text.id, words));
        // The list's texts carry appendices ("How to apply these terms...") that the
        // SPDX templates mark optional; most LICENSE files leave them out.
        endOfTerms ??= toVocabularyIndices(['end', 'of', 'terms', 'and', 'conditions']);
        const end = indexOfSequence(words, endOfTerms);
        if (end > 0 && end + 5 < words.length)
            out.push(makeTemplate(text.id, words.subarray(0, end + 5)));
        const notice = LICENSE_NOTICES[text.id];
        if (notice) {
            const first = indexOfSequence(words, toVocabularyIndices(notice.first.split(' ')));
            const lastWords = toVocabularyIndices(notice.last.split(' '));
            const last = first < 0 ? -1 : indexOfSequence(words, lastWords, first);
            // A list update that rewords the notice must not silently drop it.
            if (last < 0)
                throw new Error(`the SPDX text of ${text.id} no longer holds its standard notice: update LICENSE_NOTICES`);
            out.push(makeTemplate(text.id, words.subarray(first, last + lastWords.length)));
        }
    }
    templatesById.set(text.id, out);
    return out;
}
function loadCommonTemplates() {
    if (commonTemplates)
        return commonTemplates;
    commonTemplates = commonLicenseTexts().flatMap(text => (text.words.length ? templatesOf(text) : []));
    return commonTemplates;
}
function loadTemplates() {
    if (allTemplates)
        return allTemplates;
    allTemplates = spdxLicenseTexts().flatMap(text => (text.words.length ? templatesOf(text) : []));
    const byWords = new Map();
    for (const t of allTemplates) {
        const key = (0,external_node_crypto_namespaceObject.createHash)('sha256')
            .update(new Uint8Array(t.words.buffer, t.words.byteOffset, t.words.byteLength))
            .digest('base64');
        const first = byWords.get(key);
        if (first)
            t.sameWords = first;
        else
            byWords.set(key, t);
    }
    return allTemplates;
}
/** Word counts of the template being made, indexed by word (zeroed again after each). */
const templateCounts = new Uint32Array(VOCABULARY_SLOTS);
function makeTemplate(id, words) {
    // Distinct words in order of first occurrence, with their counts.
    const order = [];
    for (const w of words)
        if (templateCounts[w]++ === 0)
            order.push(w);
    const distinct = Uint16Array.from(order);
    const counts = new Uint32Array(distinct.length);
    for (let i = 0; i < distinct.length; i++) {
        counts[i] = templateCounts[distinct[i]];
        templateCounts[distinct[i]] = 0;
    }
    return { id, words, distinct, counts };
}
function indexOfSequence(words, seq, from = 0) {
    outer: for (let i = from; i + seq.length <= words.length; i++) {
        for (let k = 0; k < seq.length; k++)
            if (words[i + k] !== seq[k])
                continue outer;
        return i;
    }
    return -1;
}
/** A 3-word shingle as one number (three 16-bit indices). */
function shingleAt(words, i) {
    return (words[i] * 0x10000 + words[i + 1]) * 0x10000 + words[i + 2];
}
function shingles(words, limit) {
    const out = new Map();
    for (let i = 0; i + 3 <= Math.min(words.length, limit + 2); i++) {
        const key = shingleAt(words, i);
        const list = out.get(key);
        if (list)
            list.push(i);
        else
            out.set(key, [i]);
    }
    return out;
}
/** One table for every alignment (a file needs hundreds, of up to a few MB each), zeroed for each use. */
let sharedTable = new Uint16Array(0);
function alignmentTable(size) {
    if (sharedTable.length < size)
        sharedTable = new Uint16Array(Math.max(size, sharedTable.length * 2));
    else
        sharedTable.fill(0, 0, size);
    return sharedTable;
}
/**
 * Banded LCS alignment of `lic` against `file[from, to)`: license word i is
 * expected near window position i + center, and a match at or above 90%
 * similarity cannot drift further than the band, so cells outside it are
 * never computed. Returns the matched word count and the matched span, or
 * an lcs of 0 as soon as the alignment can no longer reach 90% similarity.
 */
function align(lic, file, from, to, center) {
    const n = lic.length;
    const m = to - from;
    if (m <= 0)
        return { lcs: 0, first: -1, last: -1 };
    const band = Math.ceil(n * 0.12) + 24;
    const width = 2 * band + 1;
    // Row i holds window positions j = i + center - band + k for k in [0, width), at
    // column k + 1; columns 0 and width + 1 and row 0 are never written, so every
    // cell outside the band (or before the window) reads as 0 without a bounds check.
    const stride = width + 2;
    const table = alignmentTable((n + 1) * stride);
    const at = (i, j) => {
        if (i <= 0 || j <= 0)
            return 0;
        const k = j - (i + center - band);
        return k < 0 || k >= width ? 0 : table[i * stride + k + 1];
    };
    for (let i = 1; i <= n; i++) {
        const a = lic[i - 1];
        const rowStart = i + center - band;
        const lo = Math.max(1, rowStart);
        const hi = Math.min(m, i + center + band);
        // Column c in this row is (i, j); c in the row above is (i-1, j-1); c+1 above is (i-1, j); c-1 here is (i, j-1).
        const cur = i * stride + 1 - rowStart;
        const prev = cur - stride;
        const offset = from - 1;
        for (let j = lo; j <= hi; j++) {
            if (a === file[offset + j])
                table[cur + j] = table[prev + j] + 1;
            else {
                const up = table[prev + j + 1];
                const left = table[cur + j - 1];
                table[cur + j] = up > left ? up : left;
            }
        }
        // Every remaining row adds at most one matched word, and the similarity
        // 2·lcs/(n + span), with span ≥ lcs, is at most 2·lcs/(n + lcs): once even
        // that cannot reach the threshold, the rest of the table cannot matter.
        if ((i & 15) === 0 && i < n) {
            let rowMax = 0;
            for (let j = lo; j <= hi; j++)
                if (table[cur + j] > rowMax)
                    rowMax = table[cur + j];
            const reachable = rowMax + (n - i);
            if ((2 * reachable) / (n + reachable) < MIN_MATCH_SIMILARITY)
                return { lcs: 0, first: -1, last: -1 };
        }
    }
    // Trace back from the earliest column that reaches the full count, so the match
    // ends at the license's last word rather than at a later repeat of it (the same
    // words in a second copy of the license would otherwise stretch the span).
    let i = n;
    let j = Math.min(m, n + center + band);
    const lcs = at(i, j);
    while (j > 1 && at(i, j - 1) === lcs)
        j--;
    let first = -1;
    let last = -1;
    while (i > 0 && j > 0 && at(i, j) > 0) {
        if (lic[i - 1] === file[from + j - 1] && at(i, j) === at(i - 1, j - 1) + 1) {
            if (last < 0)
                last = from + j - 1;
            first = from + j - 1;
            i--;
            j--;
        }
        else if (at(i - 1, j) >= at(i, j - 1))
            i--;
        else
            j--;
    }
    return { lcs, first, last };
}
/** Scratch counts for windowOverlap (left all zero between calls). */
const windowCounts = new Uint32Array(VOCABULARY_SLOTS);
/** How many words of the license the window `file[from, to)` holds, counted as multisets. */
function windowOverlap(t, file, from, to) {
    for (let k = from; k < to; k++)
        windowCounts[file[k]]++;
    let overlap = 0;
    for (let d = 0; d < t.distinct.length; d++)
        overlap += Math.min(t.counts[d], windowCounts[t.distinct[d]]);
    for (let k = from; k < to; k++)
        windowCounts[file[k]] = 0;
    return overlap;
}
/** Alignments of one template in one file that may find nothing before it stops looking (bounds the work on long files). */
const MAX_FRUITLESS_ALIGNMENTS = 3;
/** Occurrences of one license text kept per file (a notices file may repeat MIT dozens of times). */
const MAX_OCCURRENCES = 64;
/** An alignment this similar is not worth trying to improve on from another start. */
const CLOSE_ENOUGH = 0.98;
/**
 * Every place the license text occurs in the file at ≥ 90% similarity, not
 * overlapping one another. A file often holds one license several times (the
 * project's and a vendored copy's): each copy must be found as itself, or a
 * near-variant of the license (MIT-0, Xnet, BSD-3-Clause-No-Nuclear-...) that is
 * still ≥ 90% similar to the copy would be the only candidate for it.
 */
function templateMatches(t, file, fileCounts, fileShingles) {
    // Cheap rejection: the multiset overlap bounds the alignment, so it bounds the similarity too.
    let overlap = 0;
    for (let d = 0; d < t.distinct.length; d++)
        overlap += Math.min(t.counts[d], fileCounts[t.distinct[d]]);
    if ((2 * overlap) / (t.words.length + overlap) < MIN_MATCH_SIMILARITY)
        return [];
    // Candidate start positions: where the license's opening shingles occur in the file (most votes first).
    t.anchors ??= shingles(t.words, Math.max(6, Math.ceil(t.words.length * 0.3)));
    const votes = new Map();
    for (let k = 0; k < fileShingles.length; k++) {
        const offsets = t.anchors.get(fileShingles[k]);
        if (!offsets)
            continue;
        for (const o of offsets) {
            const s = Math.max(0, Math.floor((k - o) / 16) * 16);
            votes.set(s, (votes.get(s) ?? 0) + 1);
        }
    }
    const starts = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([s]) => s);
    if (starts.length === 0)
        starts.push(0);
    const found = [];
    let fruitless = 0;
    const slack = Math.ceil(t.words.length * 0.15) + 16;
    const n = t.words.length;
    for (const s of starts) {
        if (fruitless >= MAX_FRUITLESS_ALIGNMENTS || found.length >= MAX_OCCURRENCES)
            break;
        // A start whose expected span is mostly an occurrence already found is that occurrence again.
        if (found.some(m => Math.min(m.end, s + n) - Math.max(m.start, s) > n / 2))
            continue;
        const from = Math.max(0, s - 16);
        const to = Math.min(file.length, s + t.words.length + slack);
        // The alignment cannot match more words than the window and the license share, and the
        // similarity 2·lcs/(n + span), with span ≥ lcs, is at most 2·lcs/(n + lcs): a window
        // that cannot reach the threshold yields no acceptable match, so it is not aligned.
        const bound = windowOverlap(t, file, from, to);
        if ((2 * bound) / (t.words.length + bound) < MIN_MATCH_SIMILARITY) {
            fruitless++;
            continue;
        }
        const r = align(t.words, file, from, to, s - from);
        const similarity = r.lcs === 0 ? 0 : (2 * r.lcs) / (t.words.length + r.last - r.first + 1);
        if (similarity < MIN_MATCH_SIMILARITY) {
            fruitless++;
            continue;
        }
        const m = { id: t.id, similarity, start: r.first, end: r.last + 1, matchedWords: r.lcs };
        // Two windows can find the same occurrence: keep the more similar alignment of it.
        const same = found.findIndex(f => Math.min(f.end, m.end) - Math.max(f.start, m.start) > 0.2 * Math.min(f.end - f.start, m.end - m.start));
        if (same < 0)
            found.push(m);
        else if (m.similarity > found[same].similarity)
            found[same] = m;
        else
            fruitless++;
        // Done when no other occurrence fits in the words outside those found (one needs
        // over 80% of the license's words) and no closer alignment of them is likely.
        const free = file.length - found.reduce((sum, f) => sum + (f.end - f.start), 0);
        if (free < n * 0.8 && found.every(f => f.similarity >= CLOSE_ENOUGH))
            break;
    }
    return found;
}
/**
 * Unpacks the SPDX texts and builds every template now rather than on the
 * first file (for a caller with time to spare, e.g. while go runs).
 */
function prepareLicenseMatching() {
    loadCommonTemplates();
    loadTemplates();
}
const license_matcher_cache = new Map();
/** Matches one license file's text against the SPDX license list. Results are cached by normalised text. */
function matchLicenseText(text) {
    const words = normaliseLicenseWords(text);
    const textHash = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(words.join(' ')).digest('hex');
    const cached = license_matcher_cache.get(textHash);
    if (cached)
        return cached;
    const result = matchWords(toVocabularyIndices(words), textHash);
    license_matcher_cache.set(textHash, result);
    return result;
}
function matchWords(words, textHash) {
    if (words.length === 0)
        return { ids: [], matches: [], coverage: 0, recognised: false, textHash };
    const counts = fileCounts;
    for (const w of words)
        counts[w]++;
    try {
        const fileShingles = [];
        for (let k = 0; k + 3 <= words.length; k++)
            fileShingles.push(shingleAt(words, k));
        // The common templates are in the full pool too: their matches are computed once.
        const matched = new Map();
        const common = selectMatches(words, textHash, counts, fileShingles, loadCommonTemplates(), matched);
        if (common.recognised && common.coverage >= COMMON_COVERAGE && common.matches.every(m => m.similarity >= COMMON_SIMILARITY))
            return common;
        return selectMatches(words, textHash, counts, fileShingles, loadTemplates(), matched);
    }
    finally {
        for (const w of words)
            counts[w] = 0;
    }
}
/** Word counts of the file being matched (left all zero between files). */
const fileCounts = new Uint32Array(VOCABULARY_SLOTS);
function selectMatches(words, textHash, counts, fileShingles, pool, matched) {
    const candidates = [];
    for (const t of pool) {
        // A license much longer than the file cannot be 90% present in it.
        if (t.words.length * MIN_MATCH_SIMILARITY > words.length * 1.15 + 8)
            continue;
        let found = matched.get(t);
        if (!found) {
            const first = t.sameWords ?? t;
            let own = matched.get(first);
            if (!own)
                matched.set(first, (own = templateMatches(first, words, counts, fileShingles)));
            found = first === t ? own : own.map(m => ({ ...m, id: t.id }));
            matched.set(t, found);
        }
        candidates.push(...found);
    }
    // Greedy: the most similar match wins its region; longer texts break ties (more specific).
    // The match explaining the most of the file wins its region (so full Apache-2.0
    // beats a shorter derived license that matches only part of it), weighed by
    // similarity (so BSD-2-Clause beats a variant with extra clauses the file lacks).
    const weight = (m) => m.similarity * m.matchedWords;
    candidates.sort((a, b) => weight(b) - weight(a) || b.similarity - a.similarity || compareText(a.id, b.id));
    const accepted = [];
    for (const c of candidates) {
        if (accepted.some(a => a.id === c.id && a.start === c.start))
            continue;
        const overlaps = accepted.some(a => Math.min(a.end, c.end) - Math.max(a.start, c.start) > 0.2 * (c.end - c.start));
        if (!overlaps)
            accepted.push(c);
    }
    accepted.sort((a, b) => a.start - b.start);
    // Accepted matches may overlap a little: count each word once.
    let covered = 0;
    let coveredTo = 0;
    for (const m of accepted) {
        covered += Math.max(0, m.end - Math.max(m.start, coveredTo));
        coveredTo = Math.max(coveredTo, m.end);
    }
    const coverage = covered / words.length;
    const recognised = accepted.length > 0 && coverage >= MIN_FILE_COVERAGE;
    const ids = recognised ? [...new Set(accepted.map(m => m.id))] : [];
    return { ids, matches: accepted, coverage, recognised, textHash };
}
/** File names that hold a module's license, as pkgsite recognises them (compared case-insensitively). */
const LICENSE_FILE_NAMES = [
    'COPYING',
    'COPYING.md',
    'COPYING.markdown',
    'COPYING.txt',
    'LICENCE',
    'LICENCE.md',
    'LICENCE.markdown',
    'LICENCE.txt',
    'LICENSE',
    'LICENSE.md',
    'LICENSE.markdown',
    'LICENSE.txt',
    'LICENSE-2.0.txt',
    'LICENCE-2.0.txt',
    'LICENSE-APACHE',
    'LICENCE-APACHE',
    'LICENSE-APACHE-2.0.txt',
    'LICENCE-APACHE-2.0.txt',
    'LICENSE-MIT',
    'LICENCE-MIT',
    'LICENSE.MIT',
    'LICENCE.MIT',
    'LICENSE.code',
    'LICENCE.code',
    'LICENSE.docs',
    'LICENCE.docs',
    'LICENSE.rst',
    'LICENCE.rst',
    'MIT-LICENSE',
    'MIT-LICENCE',
    'MIT-LICENSE.md',
    'MIT-LICENCE.md',
    'MIT-LICENSE.markdown',
    'MIT-LICENCE.markdown',
    'MIT-LICENSE.txt',
    'MIT-LICENCE.txt',
    'MIT_LICENSE',
    'MIT_LICENCE',
    'UNLICENSE',
    'UNLICENCE'
];
const LICENSE_NAME_SET = new Set(LICENSE_FILE_NAMES.map(n => n.toLowerCase()));
function isLicenseFileName(name) {
    return LICENSE_NAME_SET.has(name.toLowerCase());
}
/** Joins distinct license ids into one SPDX expression (AND), in a stable order. */
function joinLicenseIds(ids) {
    const distinct = [...new Set(ids)].sort();
    return distinct.join(' AND ');
}

;// CONCATENATED MODULE: ./packages/core/src/components/licenses.ts




const NOASSERTION = 'NOASSERTION';
/**
 * Matching is pure and the most CPU a license read costs; the same text comes back often (two
 * versions of one module, golang.org/x/* sharing one LICENSE), so each distinct text is matched once
 * per process.
 */
const matchedTexts = new Map();
function matchOnce(text) {
    let r = matchedTexts.get(text);
    if (!r) {
        r = matchLicenseText(text);
        matchedTexts.set(text, r);
    }
    return r;
}
/** Reads the license files at `dir`'s root (no matching); undefined when the directory is absent or cannot be read. */
async function readLicenseFiles(dir) {
    if (!dir || !(0,external_node_fs_namespaceObject.existsSync)(dir))
        return undefined;
    let names;
    try {
        names = (await external_node_fs_namespaceObject.promises.readdir(dir, { withFileTypes: true }))
            .filter(e => e.isFile() && isLicenseFileName(e.name))
            .map(e => e.name)
            .sort();
    }
    catch {
        return undefined;
    }
    return Promise.all(names.map(async (name) => ({ name, text: await external_node_fs_namespaceObject.promises.readFile(external_node_path_namespaceObject.join(dir, name), 'utf8') })));
}
/**
 * The license of a module from the license files at its root, offline. Every
 * license file must be recognised; otherwise the answer is NOASSERTION.
 */
async function detectModuleLicense(dir, source) {
    return licenseOfFiles(await readLicenseFiles(dir), source);
}
/** The license those files declare: the matching, which is the costly part. */
function licenseOfFiles(read, source) {
    if (!read)
        return { expression: NOASSERTION, files: [], copyright: [], source: 'none' };
    const files = [];
    const copyright = [];
    for (const { name, text } of read) {
        const r = matchOnce(text);
        files.push({
            file: name,
            ids: r.ids,
            coverage: round(r.coverage),
            confidence: round(r.matches.length ? Math.min(...r.matches.map(m => m.similarity)) : 0),
            recognised: r.recognised
        });
        for (const line of text.split(/\r?\n/)) {
            const t = line.trim();
            if (/^(copyright\b|\(c\)|©)/i.test(t) && !t.includes('<') && copyright.length < 10 && !copyright.includes(t))
                copyright.push(t);
        }
    }
    const recognised = files.length > 0 && files.every(f => f.recognised);
    return {
        expression: recognised ? joinLicenseIds(files.flatMap(f => f.ids)) : NOASSERTION,
        files,
        copyright,
        source
    };
}
/**
 * License detection per module directory, done once per directory and
 * source, at most `concurrency` directories read at a time (the matching
 * itself is synchronous). A result may be asked for early, to overlap the
 * work with go, and is then shared by every component with that directory.
 * The files alone can be read ahead too (`readFilesAhead`), for a caller that
 * may find it needs no matching at all (`sameFiles`).
 */
class LicenseReader {
    results = new Map();
    texts = new Map();
    limited;
    constructor(concurrency = 16) {
        this.limited = concurrencyLimit(concurrency);
    }
    read(dir, source) {
        const key = `${source}\0${dir ?? ''}`;
        let result = this.results.get(key);
        if (!result) {
            result = this.files(dir).then(files => licenseOfFiles(files, source));
            this.results.set(key, result);
        }
        return result;
    }
    /** Starts reading ahead; a failure is reported to whoever reads the result, not here. */
    readAhead(dir, source) {
        this.read(dir, source).catch(() => undefined);
    }
    /** Starts reading the license files only (no matching); a failure is reported to whoever reads them. */
    readFilesAhead(dir) {
        this.files(dir).catch(() => undefined);
    }
    /**
     * Whether two directories hold the same license files, byte for byte: then their licenses are
     * the same, whatever they are, and nothing needs matching. False when either cannot be read.
     */
    async sameFiles(a, b) {
        const [x, y] = await Promise.all([this.files(a), this.files(b)]);
        return !!x && !!y && x.length === y.length && x.every((f, i) => f.name === y[i].name && f.text === y[i].text);
    }
    files(dir) {
        const key = dir ?? '';
        let files = this.texts.get(key);
        if (!files) {
            files = this.limited(() => readLicenseFiles(dir));
            this.texts.set(key, files);
        }
        return files;
    }
}
function round(n) {
    return Math.round(n * 1000) / 1000;
}

;// CONCATENATED MODULE: ./packages/core/src/gofiles/modfile.ts
/**
 * Parser for go.mod and go.work files that keeps the line of every directive,
 * so findings can be annotated where they are. It follows the lexical rules of
 * golang.org/x/mod/modfile: `//` comments, double-quoted strings, `( )`
 * blocks, `[ , ]` intervals for retract, comments attached to the line they
 * precede or end; semantics match `go mod edit -json` (tested against it).
 */
function parseModFile(text, kind = 'go.mod') {
    const file = {
        kind,
        godebug: [],
        require: [],
        exclude: [],
        replace: [],
        retract: [],
        tool: [],
        ignore: [],
        use: [],
        errors: []
    };
    const lines = lex(text, file.errors);
    for (const stmt of group(lines, file.errors))
        interpret(stmt, file);
    return file;
}
function lex(text, errors) {
    const out = [];
    const src = text.replace(/\r\n/g, '\n').split('\n');
    src.forEach((content, idx) => {
        const lineNo = idx + 1;
        const tokens = [];
        let i = 0;
        let comment;
        while (i < content.length) {
            const c = content[i];
            if (c === ' ' || c === '\t' || c === '\r') {
                i++;
            }
            else if (content.startsWith('//', i)) {
                comment = content.slice(i + 2);
                break;
            }
            else if ('()[],'.includes(c)) {
                tokens.push({ text: c, punct: true, quoted: false });
                i++;
            }
            else if (c === '"') {
                const end = findStringEnd(content, i);
                if (end < 0) {
                    errors.push({ line: lineNo, message: 'unterminated quoted string' });
                    return;
                }
                const lit = content.slice(i, end + 1);
                let value;
                try {
                    value = JSON.parse(lit);
                }
                catch {
                    errors.push({ line: lineNo, message: `invalid quoted string ${lit}` });
                    return;
                }
                tokens.push({ text: value, punct: false, quoted: true });
                i = end + 1;
            }
            else {
                let j = i;
                while (j < content.length && !' \t\r()[],"'.includes(content[j]) && !content.startsWith('//', j))
                    j++;
                const word = content.slice(i, j);
                if (word.includes('`')) {
                    // As modfile: only double-quoted strings exist; a backquote is an error.
                    errors.push({ line: lineNo, message: 'invalid quoted string: unquoted string cannot contain quote' });
                    return;
                }
                tokens.push({ text: word, punct: false, quoted: false });
                i = j;
            }
        }
        out.push({ line: lineNo, tokens, comment });
    });
    return out;
}
function findStringEnd(s, start) {
    const q = s[start];
    for (let i = start + 1; i < s.length; i++) {
        if (q === '"' && s[i] === '\\') {
            i++;
            continue;
        }
        if (s[i] === q)
            return i;
    }
    return -1;
}
/** Groups lexed lines into statements and blocks, attaching comments. */
function group(lines, errors) {
    const stmts = [];
    let pending = [];
    let block;
    for (const l of lines) {
        if (l.tokens.length === 0) {
            // A comment-only line accumulates; a blank line separates comments from what follows.
            if (l.comment !== undefined)
                pending.push(l.comment);
            else
                pending = [];
            continue;
        }
        const first = l.tokens[0];
        if (block) {
            if (first.punct && first.text === ')' && l.tokens.length === 1) {
                block = undefined;
                pending = [];
                continue;
            }
            block.block.entries.push({ line: l.line, tokens: l.tokens, before: pending, suffix: l.comment });
            pending = [];
            continue;
        }
        const last = l.tokens[l.tokens.length - 1];
        if (l.tokens.length === 2 && last.punct && last.text === '(') {
            block = { line: l.line, tokens: [first], before: pending, suffix: l.comment, block: { verb: first.text, before: pending, entries: [] } };
            stmts.push(block);
            pending = [];
            continue;
        }
        stmts.push({ line: l.line, tokens: l.tokens, before: pending, suffix: l.comment });
        pending = [];
    }
    if (block)
        errors.push({ line: block.line, message: `unterminated ${block.tokens[0].text} block` });
    return stmts;
}
function commentText(before, suffix) {
    const parts = [...before, ...(suffix !== undefined ? [suffix] : [])].map(c => c.replace(/^ /, '').trimEnd());
    return parts.join('\n');
}
function interpret(stmt, file) {
    if (stmt.block) {
        const verb = stmt.block.verb;
        for (const entry of stmt.block.entries) {
            // A block entry without comments of its own takes the block's (as modfile does for retract rationale).
            const before = entry.before.length || entry.suffix !== undefined ? entry.before : stmt.block.before;
            directive(verb, entry.tokens, entry.line, file, before, entry.suffix, entry.suffix === undefined ? stmt.suffix : entry.suffix);
        }
        return;
    }
    directive(stmt.tokens[0].text, stmt.tokens.slice(1), stmt.line, file, stmt.before, stmt.suffix, stmt.suffix);
}
const VERBS = {
    'go.mod': new Set(['module', 'go', 'toolchain', 'godebug', 'require', 'exclude', 'replace', 'retract', 'tool', 'ignore']),
    'go.work': new Set(['go', 'toolchain', 'godebug', 'use', 'replace'])
};
function directive(verb, args, line, file, before, suffix, indirectComment) {
    const err = (message) => {
        file.errors.push({ line, message });
    };
    if (!VERBS[file.kind].has(verb)) {
        err(`unknown directive: ${verb}`);
        return;
    }
    const words = args.map(t => t.text);
    const need = (n, usage) => {
        if (args.length !== n || args.some(t => t.punct)) {
            err(`usage: ${usage}`);
            return false;
        }
        return true;
    };
    switch (verb) {
        case 'module':
            if (!need(1, 'module module/path'))
                return;
            if (file.module)
                return err('repeated module statement');
            file.module = { path: words[0], line };
            {
                const deprecated = parseDeprecation(commentText(before, suffix));
                if (deprecated !== undefined)
                    file.module.deprecated = deprecated;
            }
            return;
        case 'go':
            if (!need(1, 'go 1.23'))
                return;
            if (file.go)
                return err('repeated go statement');
            file.go = { version: words[0], line };
            return;
        case 'toolchain':
            if (!need(1, 'toolchain go1.23.1'))
                return;
            if (file.toolchain)
                return err('repeated toolchain statement');
            file.toolchain = { name: words[0], line };
            return;
        case 'godebug': {
            if (!need(1, 'godebug key=value'))
                return;
            const eq = words[0].indexOf('=');
            if (eq <= 0)
                return err('usage: godebug key=value');
            file.godebug.push({ key: words[0].slice(0, eq), value: words[0].slice(eq + 1), line });
            return;
        }
        case 'require':
            if (!need(2, 'require module/path v1.2.3'))
                return;
            file.require.push({ path: words[0], version: words[1], indirect: isIndirect(indirectComment), line });
            return;
        case 'exclude':
            if (!need(2, 'exclude module/path v1.2.3'))
                return;
            file.exclude.push({ path: words[0], version: words[1], line });
            return;
        case 'replace': {
            const arrow = words.indexOf('=>');
            if (arrow < 1 || arrow > 2 || words.length - arrow - 1 < 1 || words.length - arrow - 1 > 2 || args.some(t => t.punct)) {
                return err('usage: replace module/path [v1.2.3] => other/module v1.4 | replace module/path [v1.2.3] => ../local/directory');
            }
            const r = { oldPath: words[0], newPath: words[arrow + 1], line };
            if (arrow === 2)
                r.oldVersion = words[1];
            if (words.length - arrow - 1 === 2)
                r.newVersion = words[arrow + 2];
            file.replace.push(r);
            return;
        }
        case 'retract': {
            const rationale = parseDirectiveRationale(before, suffix);
            if (args.length === 1 && !args[0].punct) {
                file.retract.push({ low: words[0], high: words[0], rationale, line });
            }
            else if (args.length === 5 && words[0] === '[' && words[2] === ',' && words[4] === ']' && !args[1].punct && !args[3].punct) {
                file.retract.push({ low: words[1], high: words[3], rationale, line });
            }
            else {
                err('usage: retract v1.2.3 | retract [v1.2.3, v1.3.0]');
            }
            return;
        }
        case 'tool':
            if (!need(1, 'tool module/path/cmd'))
                return;
            file.tool.push({ path: words[0], line });
            return;
        case 'ignore':
            if (!need(1, 'ignore ./dir'))
                return;
            file.ignore.push({ path: words[0], line });
            return;
        case 'use':
            if (!need(1, 'use ./dir'))
                return;
            file.use.push({ path: words[0], line });
            return;
    }
}
function isIndirect(suffix) {
    if (suffix === undefined)
        return false;
    const t = suffix.trim();
    return t === 'indirect' || t.startsWith('indirect;');
}
function parseDirectiveRationale(before, suffix) {
    return commentText(before, suffix).trim();
}
/** The text after a `Deprecated:` paragraph marker, as modfile's parseDeprecation finds it. */
function parseDeprecation(text) {
    const m = /(?:^|\n\n)Deprecated: *([\s\S]*?)(?:$|\n\n)/.exec(text);
    return m ? m[1] : undefined;
}
/** Whether a replacement target is a filesystem path rather than a module (modfile.IsDirectoryPath). */
function isLocalReplacement(newPath) {
    return (newPath.startsWith('./') ||
        newPath.startsWith('../') ||
        newPath === '.' ||
        newPath === '..' ||
        newPath.startsWith('/') ||
        /^[A-Za-z]:[\\/]/.test(newPath) ||
        newPath.startsWith('.\\') ||
        newPath.startsWith('..\\'));
}

;// CONCATENATED MODULE: ./packages/core/src/go/isolated-go-work.ts



/**
 * The GOWORK every go command of a gate runs with, so go never writes to the
 * checkout: `off` outside a go.work (each module stands alone), else a temp
 * copy of go.work made by writeIsolatedGoWork. In workspace mode go records
 * missing checksums in go.work.sum beside the go.work it was given, even for
 * read-only commands such as `go list`; pointed at the copy, it writes there.
 */
async function isolatedGoWorkEnv(discovery, tempDir) {
    if (!discovery.goWork)
        return { GOWORK: 'off' };
    return { GOWORK: await writeIsolatedGoWork(discovery.goWork, external_node_path_namespaceObject.join(tempDir, 'go-work')) };
}
/**
 * Writes `<destDir>/go.work`, the checkout's go.work with every relative
 * `use` and directory `replace` path made absolute (go resolves them against
 * the go.work's directory, which the copy no longer is), plus a copy of its
 * go.work.sum. Returns the path of the copy.
 *
 * The copy is generated from the parsed go.work rather than edited as text:
 * the parser follows golang.org/x/mod/modfile, and a go.work holds nothing
 * else that go reads (go, toolchain, godebug, use, replace).
 */
async function writeIsolatedGoWork(goWork, destDir) {
    await external_node_fs_namespaceObject.promises.mkdir(destDir, { recursive: true });
    const dest = external_node_path_namespaceObject.join(destDir, 'go.work');
    await external_node_fs_namespaceObject.promises.writeFile(dest, absoluteGoWorkText(goWork.workFile, goWork.dir));
    await external_node_fs_namespaceObject.promises.copyFile(external_node_path_namespaceObject.join(goWork.dir, 'go.work.sum'), `${dest}.sum`).catch(err => {
        if (err.code !== 'ENOENT')
            throw err;
    });
    return dest;
}
/** go.work text equivalent to `work`, with relative paths resolved against `dir`. */
function absoluteGoWorkText(work, dir) {
    const abs = (p) => (external_node_path_namespaceObject.isAbsolute(p) ? p : external_node_path_namespaceObject.resolve(dir, p));
    const lines = [];
    // go, toolchain and godebug values are single unquoted tokens in go's grammar (quotes are not accepted there).
    if (work.go)
        lines.push(`go ${work.go.version}`);
    if (work.toolchain)
        lines.push(`toolchain ${work.toolchain.name}`);
    for (const g of work.godebug)
        lines.push(`godebug ${g.key}=${g.value}`);
    for (const u of work.use)
        lines.push(`use ${quote(abs(u.path))}`);
    for (const r of work.replace) {
        const old = r.oldVersion ? `${quote(r.oldPath)} ${quote(r.oldVersion)}` : quote(r.oldPath);
        const target = isLocalReplacement(r.newPath) ? quote(abs(r.newPath)) : r.newVersion ? `${quote(r.newPath)} ${quote(r.newVersion)}` : quote(r.newPath);
        lines.push(`replace ${old} => ${target}`);
    }
    return lines.join('\n') + '\n';
}
/** A Go interpreted string literal (JSON's escapes are a subset of Go's). */
function quote(s) {
    return JSON.stringify(s);
}

;// CONCATENATED MODULE: ./packages/core/src/gofiles/escape.ts
/**
 * Module path and version escaping for proxy URLs and cache paths
 * (golang.org/x/mod/module.EscapePath): each upper-case letter becomes `!`
 * followed by its lower-case form.
 */
function escapeModulePath(p) {
    return p.replace(/[A-Z]/g, c => `!${c.toLowerCase()}`);
}
function unescapeModulePath(p) {
    return p.replace(/!([a-z])/g, (_, c) => c.toUpperCase());
}
const escapeModuleVersion = escapeModulePath;

;// CONCATENATED MODULE: ./packages/core/src/components/package-graph.ts

const LIST_FIELDS = 'ImportPath,Name,Standard,DepOnly,ForTest,Imports,Module,Error,DepsErrors';
/** The fields of ListedModule, for `go list -m -json=...`. */
const MODULE_FIELDS = 'Path,Version,Main,Dir,GoMod,Replace';
const STD_KEY = 'std';
function listedModuleKey(m) {
    return `${m.Path}@${m.Main ? '' : (m.Version ?? '')}`;
}
function isTestVariant(p) {
    // `p [p.test]` variants carry ForTest; the generated test main is `p.test`.
    return p.ImportPath.includes(' [') || !!p.ForTest || (p.ImportPath.endsWith('.test') && p.Name === 'main');
}
/**
 * One `go list -deps -test -json` per target gives every package compiled for
 * the targets, with its module and imports; walking imports from the roots
 * tells runtime modules from test-only ones (no `go mod why`, no downloads
 * beyond what building needs).
 */
async function loadPackageGraph(go, opts) {
    return (await loadPackageGraphListed(go, opts)).graph;
}
/** loadPackageGraph, and what go listed (one list per target), for a second graph of the same packages in another mode. */
async function loadPackageGraphListed(go, opts) {
    const listed = [];
    const graph = { modules: new Map(), edges: new Map(), mainPackages: [], unreached: new Map(), usesStd: false };
    const targets = opts.targets.length ? opts.targets : [undefined];
    const mains = new Set();
    for (const [i, target] of targets.entries()) {
        const targetName = target ? `${target.goos}/${target.goarch}` : 'host';
        const args = ['list', '-e', '-deps', ...(opts.withTests ? ['-test'] : []), `-json=${LIST_FIELDS}`];
        if (opts.tags.length)
            args.push(`-tags=${opts.tags.join(',')}`);
        args.push('--', ...opts.patterns);
        const env = { ...opts.env, ...(target ? { GOOS: target.goos, GOARCH: target.goarch } : {}) };
        const values = opts.listed?.[i] ?? (await go.listJson(args, { cwd: opts.cwd, env })).values;
        listed.push(values);
        const byPath = new Map(values.map(p => [p.ImportPath, p]));
        const problems = values.filter(p => p.Error && !p.DepOnly).map(p => `${p.ImportPath}: ${p.Error.Err.trim()}`);
        const depProblems = values.filter(p => p.Error && p.DepOnly).map(p => `${p.ImportPath}: ${p.Error.Err.trim()}`);
        if (problems.length || depProblems.length) {
            const all = [...problems, ...depProblems];
            throw new ProjectError(`go list could not load the packages of ${opts.where} for ${targetName}: ${all.slice(0, 3).join('; ')}${all.length > 3 ? ` (and ${all.length - 3} more)` : ''}`);
        }
        const roots = values.filter(p => !p.DepOnly && !isTestVariant(p) && (opts.mode === 'module' || p.Name === 'main'));
        for (const r of roots)
            if (r.Name === 'main')
                mains.add(r.ImportPath);
        const testRoots = values.filter(p => !p.DepOnly && isTestVariant(p));
        const runtime = walk(roots, byPath);
        const tested = opts.withTests ? walk(testRoots, byPath) : new Set();
        for (const p of values) {
            const inRuntime = runtime.has(p.ImportPath);
            const inTest = tested.has(p.ImportPath);
            if (p.Standard) {
                if (inRuntime || inTest)
                    graph.usesStd = true;
                continue;
            }
            if (!p.Module)
                continue;
            const key = listedModuleKey(p.Module);
            if (!inRuntime && !inTest) {
                if (!graph.modules.has(key))
                    graph.unreached.set(key, p.Module);
                continue;
            }
            graph.unreached.delete(key);
            let reached = graph.modules.get(key);
            if (!reached) {
                reached = { module: p.Module, runtime: false, test: false, direct: false, targets: new Set() };
                graph.modules.set(key, reached);
            }
            reached.runtime ||= inRuntime;
            reached.test ||= inTest;
            reached.targets.add(targetName);
            for (const imp of p.Imports ?? []) {
                const dep = byPath.get(imp);
                if (!dep)
                    continue;
                const depKey = dep.Standard ? STD_KEY : dep.Module ? listedModuleKey(dep.Module) : undefined;
                if (!depKey || depKey === key)
                    continue;
                let set = graph.edges.get(key);
                if (!set)
                    graph.edges.set(key, (set = new Set()));
                set.add(depKey);
            }
        }
        // Direct: some main-module package (any variant) imports a package of the module.
        for (const p of values) {
            if (!p.Module?.Main || (!runtime.has(p.ImportPath) && !tested.has(p.ImportPath)))
                continue;
            for (const imp of p.Imports ?? []) {
                const dep = byPath.get(imp);
                if (dep?.Module && !dep.Module.Main) {
                    const reached = graph.modules.get(listedModuleKey(dep.Module));
                    if (reached)
                        reached.direct = true;
                }
            }
        }
    }
    graph.mainPackages = [...mains].sort();
    return { graph, listed };
}
function walk(roots, byPath) {
    const seen = new Set();
    const stack = roots.map(r => r.ImportPath);
    while (stack.length) {
        const p = stack.pop();
        if (seen.has(p))
            continue;
        seen.add(p);
        for (const imp of byPath.get(p)?.Imports ?? [])
            if (!seen.has(imp))
                stack.push(imp);
    }
    return seen;
}

// EXTERNAL MODULE: ./node_modules/semver/functions/compare.js
var compare = __nccwpck_require__(8469);
// EXTERNAL MODULE: ./node_modules/semver/functions/parse.js
var parse = __nccwpck_require__(6353);
;// CONCATENATED MODULE: ./packages/core/src/gofiles/module-version.ts
// The two functions only: semver's index loads all of it (ranges included), 10-15 ms of every
// gate's start-up in a bundle, for what core needs of it.


const NUM = '(0|[1-9][0-9]*)';
const IDENT = '[0-9A-Za-z-]+';
const GO_SEMVER_RE = new RegExp(`^v${NUM}(?:\\.${NUM}(?:\\.${NUM}(-${IDENT}(?:\\.${IDENT})*)?(\\+${IDENT}(?:\\.${IDENT})*)?)?)?$`);
/** Parses a Go semantic version (x/mod/semver's parse); undefined when invalid. */
function parseGoSemver(v) {
    const m = GO_SEMVER_RE.exec(v);
    if (!m)
        return undefined;
    const prerelease = m[4] ?? '';
    // Numeric pre-release identifiers may not have leading zeros.
    if (prerelease &&
        prerelease
            .slice(1)
            .split('.')
            .some(id => /^0[0-9]+$/.test(id)))
        return undefined;
    return {
        major: m[1],
        minor: m[2] ?? '0',
        patch: m[3] ?? '0',
        prerelease,
        build: m[5] ?? '',
        short: m[3] === undefined
    };
}
function isValidGoSemver(v) {
    return parseGoSemver(v) !== undefined;
}
/** `vMAJOR`, e.g. `v2`; '' when invalid (semver.Major). */
function semverMajor(v) {
    const p = parseGoSemver(v);
    return p ? `v${p.major}` : '';
}
/** The build suffix with its `+`, or '' (semver.Build). */
function semverBuild(v) {
    return parseGoSemver(v)?.build ?? '';
}
/** The pre-release suffix with its `-`, or '' (semver.Prerelease). */
function semverPrerelease(v) {
    return parseGoSemver(v)?.prerelease ?? '';
}
/**
 * module.CanonicalVersion: semver.Canonical (fills `.0`s, drops build
 * metadata) but keeps `+incompatible`, which the module system gives meaning.
 * '' when the version is not valid.
 */
function canonicalVersion(v) {
    const p = parseGoSemver(v);
    if (!p)
        return '';
    const base = `v${p.major}.${p.minor}.${p.patch}${p.prerelease}`;
    return p.build === '+incompatible' ? `${base}+incompatible` : base;
}
/** Whether go.mod may hold the version as written (the go command rejects non-canonical ones). */
function isCanonicalVersion(v) {
    return v !== '' && canonicalVersion(v) === v;
}
/**
 * Compares two Go versions as semver.Compare: an invalid version sorts before
 * every valid one and equal to other invalid ones; build metadata is ignored.
 */
function module_version_compareModuleVersions(a, b) {
    const ca = canonicalVersion(a);
    const cb = canonicalVersion(b);
    if (!ca || !cb)
        return ca ? 1 : cb ? -1 : 0;
    const sa = ca.slice(1).replace(/\+incompatible$/, '');
    const sb = cb.slice(1).replace(/\+incompatible$/, '');
    const na = parseSemver(sa);
    const nb = parseSemver(sb);
    if (na && nb)
        return compareSemver(na, nb);
    // npm semver refuses numbers beyond 2^53; Go accepts any length. Compare exactly.
    return compareBig(parseGoSemver(ca), parseGoSemver(cb));
}
function compareBig(a, b) {
    for (const k of ['major', 'minor', 'patch']) {
        const d = BigInt(a[k]) - BigInt(b[k]);
        if (d !== 0n)
            return d < 0n ? -1 : 1;
    }
    if (a.prerelease === b.prerelease)
        return 0;
    if (!a.prerelease)
        return 1;
    if (!b.prerelease)
        return -1;
    const x = a.prerelease.slice(1).split('.');
    const y = b.prerelease.slice(1).split('.');
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
        if (x[i] === y[i])
            continue;
        const xn = /^[0-9]+$/.test(x[i]);
        const yn = /^[0-9]+$/.test(y[i]);
        if (xn && yn)
            return BigInt(x[i]) < BigInt(y[i]) ? -1 : 1;
        if (xn !== yn)
            return xn ? -1 : 1;
        return x[i] < y[i] ? -1 : 1;
    }
    return x.length === y.length ? 0 : x.length < y.length ? -1 : 1;
}
/** module.SplitPathVersion. */
function splitPathVersion(path) {
    if (path.startsWith('gopkg.in/')) {
        const m = /^(gopkg\.in\/.+?)(\.v(0|[1-9][0-9]*)(-unstable)?)$/.exec(path);
        if (!m)
            return { prefix: path, pathMajor: '', ok: false };
        return { prefix: m[1], pathMajor: m[2], ok: true };
    }
    let i = path.length;
    let dot = false;
    while (i > 0 && ((path[i - 1] >= '0' && path[i - 1] <= '9') || path[i - 1] === '.')) {
        if (path[i - 1] === '.')
            dot = true;
        i--;
    }
    if (i <= 1 || i === path.length || path[i - 1] !== 'v' || path[i - 2] !== '/')
        return { prefix: path, pathMajor: '', ok: true };
    const prefix = path.slice(0, i - 2);
    const pathMajor = path.slice(i - 2);
    if (dot || pathMajor.length <= 2 || pathMajor[2] === '0' || pathMajor === '/v1')
        return { prefix: path, pathMajor: '', ok: false };
    return { prefix, pathMajor, ok: true };
}
/**
 * module.CheckPathMajor: why the version's major does not agree with the
 * path's `/vN` or `.vN` suffix, or undefined when it does.
 */
function pathMajorMismatch(version, pathMajor) {
    let pm = pathMajor;
    if (pm.startsWith('.v') && pm.endsWith('-unstable'))
        pm = pm.slice(0, -'-unstable'.length);
    // Early vgo generated v0.0.0- pseudo-versions for gopkg.in .v1 paths; Go still accepts them.
    if (version.startsWith('v0.0.0-') && pm === '.v1')
        return undefined;
    const m = semverMajor(version);
    let want;
    if (pm === '') {
        if (m === 'v0' || m === 'v1' || semverBuild(version) === '+incompatible')
            return undefined;
        want = 'v0 or v1';
    }
    else {
        if (m === pm.slice(1))
            return undefined;
        want = pm.slice(1);
    }
    return `should be ${want}, not ${m || JSON.stringify(version)}`;
}
/** Whether the version's major agrees with the module path (module.MatchPathMajor). */
function matchPathMajor(version, pathMajor) {
    return pathMajorMismatch(version, pathMajor) === undefined;
}
/**
 * Why `+incompatible` is not valid on this version for this path, or
 * undefined when it is valid or absent. It marks a v2+ version of a module
 * without a go.mod whose path has no major suffix; on v0/v1 or on a `/vN`
 * or gopkg.in path the go command rejects it.
 */
function incompatibleProblem(path, version) {
    if (semverBuild(version) !== '+incompatible')
        return undefined;
    const { pathMajor } = splitPathVersion(path);
    if (pathMajor)
        return `+incompatible is not allowed on a module path with a major-version suffix (${pathMajor})`;
    const major = semverMajor(version);
    if (major === 'v0' || major === 'v1')
        return `+incompatible is not allowed on ${major}: major version ${major} is compatible`;
    return undefined;
}
/** Checks path and version together (module.Check, version half): a reason, or undefined. */
function module_version_checkModuleVersion(path, version) {
    if (!isValidGoSemver(version))
        return `${JSON.stringify(version)} is not a semantic version (want v1.2.3)`;
    if (!isCanonicalVersion(version))
        return `${version} is not canonical (want ${canonicalVersion(version)})`;
    const { pathMajor, ok } = splitPathVersion(path);
    if (!ok)
        return `${path} has a malformed major-version suffix`;
    const mismatch = pathMajorMismatch(version, pathMajor);
    if (mismatch)
        return `major version ${mismatch} for module path ${path}`;
    const incompatible = incompatibleProblem(path, version);
    if (incompatible)
        return incompatible;
    if (isPseudoVersion(version)) {
        const err = pseudoVersionProblem(version);
        if (err)
            return err;
    }
    return undefined;
}
// x/mod/module's pseudoVersionRE.
const PSEUDO_RE = /^v[0-9]+\.(0\.0-|\d+\.\d+-([^+]*\.)?0\.)\d{14}-[A-Za-z0-9]+(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;
/** module.IsPseudoVersion. */
function isPseudoVersion(v) {
    return (v.match(/-/g)?.length ?? 0) >= 2 && isValidGoSemver(v) && PSEUDO_RE.test(v);
}
/** parsePseudoVersion of x/mod/module; undefined when not a pseudo-version. */
function parsePseudoVersion(v) {
    if (!isPseudoVersion(v))
        return undefined;
    const build = semverBuild(v);
    let rest = build ? v.slice(0, -build.length) : v;
    const j = rest.lastIndexOf('-');
    const rev = rest.slice(j + 1);
    rest = rest.slice(0, j);
    const i = rest.lastIndexOf('-');
    const k = rest.lastIndexOf('.');
    let base;
    let timestamp;
    if (k > i) {
        base = rest.slice(0, k);
        timestamp = rest.slice(k + 1);
    }
    else {
        base = rest.slice(0, i);
        timestamp = rest.slice(i + 1);
    }
    const pre = semverPrerelease(base);
    const form = pre === '' ? 'no-base' : pre === '-0' ? 'release' : 'prerelease';
    return { base, timestamp, rev, build, form };
}
/** Why a string shaped like a pseudo-version is still not a valid one, or undefined. */
function pseudoVersionProblem(v) {
    try {
        pseudoVersionBase(v);
        pseudoVersionTime(v);
        return undefined;
    }
    catch (err) {
        return err.message;
    }
}
/**
 * module.PseudoVersionBase: the tagged version the pseudo-version builds on,
 * '' for the vX.0.0 form. Throws for a malformed pseudo-version.
 */
function pseudoVersionBase(v) {
    const p = parsePseudoVersion(v);
    if (!p)
        throw new Error(`${v}: not a pseudo-version`);
    if (p.form === 'no-base') {
        // "vX.0.0-" says there is no parent tag; "+incompatible" says there is one: nonsensical.
        if (p.build)
            throw new Error(`${v}: pseudo-version lacks base version, but has build metadata ${JSON.stringify(p.build)}`);
        return '';
    }
    // The build suffix (+incompatible) carries over to the base version.
    if (p.form === 'release') {
        const core = p.base.slice(0, -'-0'.length);
        const dot = core.lastIndexOf('.');
        const patch = core.slice(dot + 1);
        if (patch === '0')
            throw new Error(`${v}: version before ${core} would have negative patch number`);
        return `${core.slice(0, dot + 1)}${(BigInt(patch) - 1n).toString()}${p.build}`;
    }
    return `${p.base.slice(0, -'.0'.length)}${p.build}`;
}
/** module.PseudoVersionTime: the commit time (UTC). Throws for a malformed one. */
function pseudoVersionTime(v) {
    const p = parsePseudoVersion(v);
    if (!p)
        throw new Error(`${v}: not a pseudo-version`);
    const t = p.timestamp;
    const [y, mo, d, h, mi, s] = [t.slice(0, 4), t.slice(4, 6), t.slice(6, 8), t.slice(8, 10), t.slice(10, 12), t.slice(12, 14)].map(Number);
    const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
    if (date.getUTCFullYear() !== y ||
        date.getUTCMonth() !== mo - 1 ||
        date.getUTCDate() !== d ||
        date.getUTCHours() !== h ||
        date.getUTCMinutes() !== mi ||
        date.getUTCSeconds() !== s) {
        throw new Error(`${v}: pseudo-version has malformed time ${JSON.stringify(t)}`);
    }
    return date;
}
/** module.PseudoVersionRev: the revision identifier (a 12-character commit prefix for git). */
function pseudoVersionRev(v) {
    const p = parsePseudoVersion(v);
    if (!p)
        throw new Error(`${v}: not a pseudo-version`);
    return p.rev;
}
/** Whether a version is a pre-release that is not a pseudo-version (e.g. v1.2.0-rc.1). */
function isPrereleaseVersion(v) {
    return semverPrerelease(v) !== '' && !isPseudoVersion(v);
}

;// CONCATENATED MODULE: ./packages/core/src/gofiles/modules-txt.ts
/**
 * Parser for vendor/modules.txt, the manifest `go mod vendor` and
 * `go work vendor` write. It keeps a line number for every entry (so
 * findings can be annotated) and derives exactly what the go command's
 * readVendorList (cmd/go/internal/modload/vendor.go) derives:
 *
 *   ## workspace                           (first line, go work vendor only)
 *   # path version [=> replacement [version]]
 *   ## explicit; go 1.21                   (annotations, union across lines)
 *   path/of/a/package                      (packages vendored from the module)
 *   # path [version] => replacement [version]   (trailing replacement records)
 *
 * Lines the go command ignores are kept in `ignored` so a caller can warn.
 */

const moduleKey = (m) => `${m.path}@${m.version}`;
/**
 * A close approximation of module.CheckImportPath: slash-separated
 * non-empty elements of letters, digits and `-._~+`, no leading dot or
 * slash, no `..`. Enough to tell package lines from anything else.
 */
function isImportPath(p) {
    if (p === '' || p.startsWith('/') || p.endsWith('/') || p.startsWith('-'))
        return false;
    return p.split('/').every(e => e !== '' && e !== '.' && e !== '..' && !e.startsWith('.') && /^[A-Za-z0-9\-._~+]+$/.test(e));
}
function parseModulesTxt(text) {
    const out = { workspace: false, entries: [], ignored: [] };
    const lines = text.split('\n');
    let current;
    lines.forEach((raw, idx) => {
        const lineNo = idx + 1;
        const line = raw.replace(/\r$/, '');
        if (line === '')
            return;
        if (line.startsWith('# ')) {
            const f = line.split(/\s+/).filter(Boolean);
            if (f.length < 3) {
                current = undefined;
                out.ignored.push({ line: lineNo, text: line, reason: 'module line without a version' });
                return;
            }
            let rest;
            let entry;
            if (isValidGoSemver(f[2])) {
                entry = { path: f[1], version: f[2], line: lineNo, explicit: false, packages: [] };
                rest = f.slice(3);
            }
            else if (f[2] === '=>') {
                entry = { path: f[1], version: '', line: lineNo, explicit: false, packages: [] };
                rest = f.slice(2);
            }
            else {
                current = undefined;
                out.ignored.push({ line: lineNo, text: line, reason: `'${f[2]}' is neither a version nor =>` });
                return;
            }
            if (rest.length >= 2 && rest[0] === '=>') {
                if (rest.length === 2)
                    entry.replacement = { path: rest[1], version: '' };
                else if (rest.length === 3 && isValidGoSemver(rest[2]))
                    entry.replacement = { path: rest[1], version: rest[2] };
                else
                    out.ignored.push({ line: lineNo, text: line, reason: 'replacement the go command does not understand' });
            }
            out.entries.push(entry);
            current = entry;
            return;
        }
        // modulesTextIsForWorkspace: only the first line counts, as a `## ` annotation list naming `workspace`.
        if (idx === 0 &&
            line.startsWith('## ') &&
            line
                .slice(3)
                .split(';')
                .some(a => a.trim() === 'workspace')) {
            out.workspace = true;
            out.workspaceLine = lineNo;
            return;
        }
        if (!current) {
            out.ignored.push({ line: lineNo, text: line, reason: 'no module line before it' });
            return;
        }
        if (line.startsWith('## ')) {
            for (const part of line.slice(3).split(';')) {
                const annotation = part.trim();
                if (annotation === 'explicit') {
                    current.explicit = true;
                    current.explicitLine ??= lineNo;
                }
                else if (annotation.startsWith('go ')) {
                    current.goVersion = annotation.slice(3);
                    current.goVersionLine = lineNo;
                }
            }
            return;
        }
        const f = line.split(/\s+/).filter(Boolean);
        if (f.length === 1 && isImportPath(f[0]))
            current.packages.push({ path: f[0], line: lineNo });
        else
            out.ignored.push({ line: lineNo, text: line, reason: 'not a package path' });
    });
    return out;
}
/** Derives readVendorList's tables from a parsed modules.txt. */
function vendorListOf(txt) {
    const list = {
        vendorList: [],
        vendorReplaced: [],
        vendorVersion: new Map(),
        vendorPkgModule: new Map(),
        vendorMeta: new Map()
    };
    for (const e of txt.entries) {
        const mod = { path: e.path, version: e.version };
        const key = moduleKey(mod);
        const meta = list.vendorMeta.get(key) ?? { explicit: false, entry: e };
        if (e.replacement) {
            meta.replacement = e.replacement;
            list.vendorReplaced.push(mod);
        }
        meta.explicit ||= e.explicit;
        if (e.goVersion !== undefined)
            meta.goVersion = e.goVersion;
        list.vendorMeta.set(key, meta);
        for (const p of e.packages) {
            list.vendorPkgModule.set(p.path, mod);
            const v = list.vendorVersion.get(mod.path);
            if (v === undefined || compareModuleVersions(v, mod.version) < 0) {
                list.vendorList.push(mod);
                list.vendorVersion.set(mod.path, mod.version);
            }
        }
    }
    return list;
}
/**
 * The module a vendored file belongs to: the module whose package list
 * contains the file's directory, else the module with the longest path
 * prefix of the directory (for metadata files such as LICENSE at a module root).
 */
function moduleOfVendoredPath(txt, relPath) {
    const dir = relPath.includes('/') ? relPath.slice(0, relPath.lastIndexOf('/')) : '';
    let best;
    for (const e of txt.entries) {
        if (e.packages.some(p => p.path === dir))
            return e;
        if ((dir === e.path || dir.startsWith(e.path + '/')) && (!best || e.path.length > best.path.length))
            best = e;
    }
    return best;
}

;// CONCATENATED MODULE: ./packages/core/src/components/vendor-modules.ts



/**
 * The modules of a vendored build, from vendor/modules.txt (read with core's
 * parser): `go list -m all` refuses to compute the module graph from vendor/,
 * and going to the network is not an option for a vendored build. Wildcard
 * replacement records (`# path => new`, no version) name no module of the
 * build and are skipped.
 */
async function readVendorModules(moduleDir) {
    const file = external_node_path_namespaceObject.join(moduleDir, 'vendor', 'modules.txt');
    if (!(0,external_node_fs_namespaceObject.existsSync)(file))
        return undefined;
    const { entries } = parseModulesTxt(await external_node_fs_namespaceObject.promises.readFile(file, 'utf8'));
    return entries
        .filter(e => e.version !== '')
        .map(e => {
        const mod = { Path: e.path, Version: e.version, Dir: external_node_path_namespaceObject.join(moduleDir, 'vendor', ...e.path.split('/')) };
        const r = e.replacement;
        if (r)
            mod.Replace = { Path: r.path, Version: r.version || undefined, Dir: r.version ? undefined : external_node_path_namespaceObject.resolve(moduleDir, r.path) };
        return mod;
    });
}

;// CONCATENATED MODULE: ./packages/core/src/components/component-set.ts







class NoMainPackageError extends ProjectError {
    constructor(mod, patterns) {
        super(`No main package in ${mod.path} (${mod.relDir}) matches ${patterns.join(' ')}: mode 'app' describes what main packages compile into. ` +
            `Point 'packages' at your commands (e.g. ./cmd/...) or use mode: module for a library.`);
    }
}
async function loadComponentSet(go, opts, listed) {
    const { mod } = opts;
    const mode = opts.mode === 'module' ? 'module' : 'app';
    const withTests = !(mode === 'app' && opts.excludeTestOnly && opts.listTests === false);
    const allModules = mode === 'module' ? listAllModules(go, opts) : undefined;
    // Handled below, after the package graph; this only keeps an early failure from counting as unhandled.
    allModules?.catch(() => undefined);
    const vendorDir = external_node_path_namespaceObject.join(mod.dir, 'vendor');
    // License files are read while go still lists packages: in module mode for every listed module (each is a
    // member), in app mode for the module-cache directories of go.mod's requirements (most of them are linked).
    // Best effort: anything that fails here fails again, and is reported, where the member is built.
    const reader = opts.licenses;
    if (reader) {
        if (allModules) {
            allModules
                .then(ms => {
                for (const m of ms)
                    if (!m.Main) {
                        const c = compiledModule(m, opts.workspace, vendorDir);
                        reader.readAhead(c.dir, licenseSource(c.dir, !c.local));
                    }
            })
                .catch(() => undefined);
        }
        else if (!usesVendorDir(opts.env, opts.goEnv))
            readRequiredLicensesAhead(reader, opts);
    }
    const { graph, listed: packages } = await loadPackageGraphListed(go, {
        cwd: mod.dir,
        env: opts.env,
        patterns: opts.patterns,
        targets: opts.targets,
        tags: opts.tags,
        mode,
        withTests,
        where: mod.relDir === '.' ? mod.path : `${mod.path} (${mod.relDir})`,
        listed
    });
    if (mode === 'app' && graph.mainPackages.length === 0) {
        // auto: a module with no main package (a library) is described by its module graph instead,
        // from the same listing when it holds the test packages module mode needs.
        if (opts.mode === 'auto')
            return loadComponentSet(go, { ...opts, mode: 'module' }, withTests ? packages : undefined);
        throw new NoMainPackageError(mod, opts.patterns);
    }
    const members = [];
    const leftOut = [];
    const add = (m, flags) => {
        if (m.Main && m.Path === mod.path)
            return;
        const testOnly = flags.test && !flags.runtime;
        if (testOnly && opts.excludeTestOnly) {
            leftOut.push({ path: m.Path, version: m.Version ?? '', reason: 'test-only (test-dependencies: exclude)' });
            return;
        }
        const compiled = m.Main
            ? { path: m.Path, version: '', dir: m.Dir ?? opts.workspaceModules.get(m.Path)?.dir ?? '' }
            : compiledModule(m, opts.workspace, vendorDir);
        members.push({
            ...compiled,
            listed: m,
            kind: m.Main ? 'workspace-module' : 'module',
            testOnly,
            direct: flags.direct,
            imported: flags.imported,
            targets: flags.targets
        });
    };
    for (const reached of graph.modules.values())
        add(reached.module, { ...reached, imported: true });
    if (allModules) {
        for (const m of await allModules) {
            if (m.Main || graph.modules.has(listedModuleKey(m)))
                continue;
            add(m, { runtime: true, test: false, direct: false, targets: new Set(), imported: false });
        }
    }
    else {
        for (const m of graph.unreached.values()) {
            if (m.Main)
                continue;
            leftOut.push({ path: m.Path, version: m.Version ?? '', reason: 'imported only by packages no main package or test needs' });
        }
    }
    if (reader) {
        await Promise.all(members.map(async (m) => {
            if (m.kind === 'module')
                m.license = await reader.read(m.dir, licenseSource(m.dir, !m.local));
        }));
    }
    return { mode, graph, members, leftOut: leftOut.sort((a, b) => compareText(a.path, b.path)) };
}
/**
 * Identity and files of a dependency as compiled: the replacement module for `replace a => b v`,
 * the replaced module's path and version for a filesystem replacement (which has no version of its own).
 */
function compiledModule(m, workspace, vendorDir) {
    const replace = m.Replace;
    // go list reports no Version for a filesystem replacement; build info reports "(devel)". The path says which it is.
    const local = !!replace && (!replace.Version || isLocalReplacement(replace.Path));
    const c = {
        path: replace && !local ? replace.Path : m.Path,
        version: replace && !local ? replace.Version : (m.Version ?? '')
    };
    if (replace)
        c.replaces = { path: m.Path, version: m.Version ?? '' };
    if (local) {
        // Workspace-relative when the directory is known (never empty: the workspace root is "."), else as go.mod wrote it.
        const relDir = replace.Dir ? external_node_path_namespaceObject.relative(workspace, replace.Dir).split(external_node_path_namespaceObject.sep).join('/') || '.' : replace.Path;
        c.local = { replacePath: replace.Path, relDir };
        c.dir = replace.Dir;
    }
    else {
        const moduleDir = replace?.Dir ?? m.Dir;
        c.dir = moduleDir || (vendorDir ? external_node_path_namespaceObject.join(vendorDir, ...m.Path.split('/')) : undefined);
    }
    return c;
}
/** Where a module's license files are read from: vendor/, the module cache (a module download) or a local directory. */
function licenseSource(dir, downloaded) {
    if (!dir)
        return 'none';
    if (dir.includes(`${external_node_path_namespaceObject.sep}vendor${external_node_path_namespaceObject.sep}`))
        return 'vendor';
    return downloaded ? 'module-cache' : 'local';
}
/** The module-cache directories of go.mod's requirements (unless replaced), whose licenses app mode will most likely need. */
function readRequiredLicensesAhead(reader, opts) {
    const replaced = new Set(opts.mod.modFile.replace.map(r => r.oldPath));
    for (const r of opts.mod.modFile.require) {
        if (replaced.has(r.path) || !opts.goEnv.GOMODCACHE)
            continue;
        try {
            reader.readAhead(external_node_path_namespaceObject.join(opts.goEnv.GOMODCACHE, `${escapeModulePath(r.path)}@${escapeModuleVersion(r.version)}`), 'module-cache');
        }
        catch {
            // Not a valid module path or version: go will say so.
        }
    }
}
/** go uses vendor/ outside a workspace unless -mod=mod (or readonly) is set. */
function usesVendorDir(env, goEnv) {
    return env.GOWORK === 'off' && !/-mod=(mod|readonly)/.test(goEnv.GOFLAGS ?? '');
}
/** Every module of the build list (module mode): vendor/modules.txt in vendor mode, else the caller's build list, else `go list -m all`. */
async function listAllModules(go, opts) {
    const vendored = usesVendorDir(opts.env, opts.goEnv) ? await readVendorModules(opts.mod.dir) : undefined;
    const given = vendored ? undefined : await opts.buildList;
    if (given)
        return [...given];
    return vendored ?? (await go.listJson(['list', '-m', `-json=${MODULE_FIELDS}`, 'all'], { cwd: opts.mod.dir, env: opts.env })).values;
}

;// CONCATENATED MODULE: ./packages/core/src/util/safe-write.ts





/**
 * A write refused because the path below its root holds a symlink or a
 * non-directory where a directory is needed. Callers that know which input
 * named the path turn it into a ConfigurationError (writeResolvedFile does).
 */
class UnsafePathError extends UserFacingError {
    reason;
    name = 'UnsafePathError';
    constructor(reason) {
        super(reason);
        this.reason = reason;
    }
}
const CREATE_NEW = external_node_fs_namespaceObject.constants.O_WRONLY | external_node_fs_namespaceObject.constants.O_CREAT | external_node_fs_namespaceObject.constants.O_EXCL | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0);
/**
 * Creates `dir` and its missing parents below `root` one level at a time,
 * refusing a symlink or a file on the way (`mkdir -p` would follow a link
 * planted in the checkout and create directories outside).
 */
async function makeDirectoryBelow(root, dir) {
    if (!isInside(root, dir))
        throw new UnsafePathError(`${dir} is outside ${root}`);
    await external_node_fs_namespaceObject.promises.mkdir(root, { recursive: true });
    let current = root;
    for (const part of external_node_path_namespaceObject.relative(root, dir).split(external_node_path_namespaceObject.sep).filter(Boolean)) {
        current = external_node_path_namespaceObject.join(current, part);
        try {
            await external_node_fs_namespaceObject.promises.mkdir(current);
            continue;
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
        }
        const st = await external_node_fs_namespaceObject.promises.lstat(current);
        const shown = toPosixRelative(root, current);
        if (st.isSymbolicLink())
            throw new UnsafePathError(`the path passes through the symlink ${shown}; the gate never writes through a symlink`);
        if (!st.isDirectory())
            throw new UnsafePathError(`${shown} is not a directory`);
    }
}
/**
 * Writes `file` (below `root`) without following any symlink: the data goes
 * to a new file created with O_EXCL|O_NOFOLLOW in the same directory, which
 * is then renamed over the target (a rename replaces a name, it never writes
 * through a link). An existing link or directory at the target is refused.
 */
async function writeFileBelow(root, file, data) {
    const dir = external_node_path_namespaceObject.dirname(file);
    await makeDirectoryBelow(root, dir);
    const shown = toPosixRelative(root, file);
    const existing = await external_node_fs_namespaceObject.promises.lstat(file).catch(() => undefined);
    if (existing?.isSymbolicLink())
        throw new UnsafePathError(`${shown} is a symlink; the gate never writes through a symlink (remove it or choose another path)`);
    if (existing?.isDirectory())
        throw new UnsafePathError(`${shown} is a directory; a file path is expected`);
    const temp = external_node_path_namespaceObject.join(dir, `.${external_node_path_namespaceObject.basename(file)}.${(0,external_node_crypto_namespaceObject.randomBytes)(6).toString('hex')}.tmp`);
    const handle = await external_node_fs_namespaceObject.promises.open(temp, CREATE_NEW, 0o644);
    try {
        await handle.writeFile(data);
    }
    finally {
        await handle.close();
    }
    try {
        await external_node_fs_namespaceObject.promises.rename(temp, file);
    }
    catch (err) {
        await external_node_fs_namespaceObject.promises.rm(temp, { force: true });
        throw err;
    }
}
/** Turns a refused write into one clear error naming the input. */
async function asInputError(target, work) {
    try {
        return await work();
    }
    catch (err) {
        if (err instanceof UnsafePathError)
            throw new ConfigurationError(target.input, target.value, err.reason);
        const code = err.code;
        if (code && ['EISDIR', 'ENOTDIR', 'EEXIST', 'EACCES', 'EPERM', 'ELOOP', 'EROFS'].includes(code)) {
            throw new ConfigurationError(target.input, target.value, `it cannot be written (${code}: ${err.message})`);
        }
        throw err;
    }
}
/** Writes the file a `write-file` input resolved to. */
function writeResolvedFile(target, data) {
    return asInputError(target, () => writeFileBelow(target.root, target.path, data));
}
/** Creates the directory a `write-dir` input resolved to. */
function makeResolvedDirectory(target) {
    return asInputError(target, () => makeDirectoryBelow(target.root, target.path));
}
/** Writes `name` inside the directory a `write-dir` input resolved to. */
function writeFileInResolvedDirectory(target, name, data) {
    return asInputError(target, () => writeFileBelow(target.root, path.join(target.path, name), data));
}

;// CONCATENATED MODULE: ./packages/core/src/go/download-outside.ts


/**
 * `go mod download -json path@version...`, run outside any module (an empty
 * directory under `tempDir`, GOWORK=off), so no go.mod, go.sum or go.work of
 * the checkout is read or written; -modcacherw leaves the module cache
 * deletable. Each result is keyed `path@version`; a version go could not get
 * carries its Error (the command's exit status says nothing more).
 * mod-verify fetches what go.sum names to hash it; license-policy fetches a
 * base's versions to read their licenses.
 */
async function downloadOutsideModule(go, versions, opts) {
    const wanted = [...new Set(versions)];
    if (!wanted.length)
        return new Map();
    const outside = external_node_path_namespaceObject.join(opts.tempDir, 'outside-any-module');
    await external_node_fs_namespaceObject.promises.mkdir(outside, { recursive: true });
    const { values } = await go.listJson(['mod', 'download', '-json', ...wanted], {
        cwd: outside,
        env: { ...opts.env, GOWORK: 'off', GOFLAGS: '-modcacherw' },
        allowFailure: true
    });
    return new Map(values.map(v => [`${v.Path}@${v.Version}`, v]));
}

;// CONCATENATED MODULE: ./packages/core/src/report/blocks.ts
/**
 * Summary content as data. Gates describe what to show; renderers turn it
 * into the job summary (Markdown/HTML), the terminal, or the JSON report.
 * All text is plain text: renderers escape it, so module paths and tool
 * output can never inject HTML into the summary.
 */
function cellText(cell) {
    if (typeof cell === 'string')
        return cell;
    if (typeof cell === 'number')
        return String(cell);
    return cell.text;
}
const code = (text) => ({ text, code: true });
const blocks_link = (text, href) => ({ text, href });

;// CONCATENATED MODULE: ./packages/core/src/runner/workflow-commands.ts



function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * `::command key=value,key=value::message`. As in @actions/core, a property
 * object with keys gets the space even when every value is empty, and empty
 * values (undefined, '', 0) are left out.
 */
function issueCommand(command, properties, message) {
    let text = `::${command}`;
    const keys = Object.keys(properties);
    if (keys.length) {
        const props = keys.filter(k => properties[k]).map(k => `${k}=${escapeProperty(String(properties[k]))}`);
        text += ' ' + props.join(',');
    }
    process.stdout.write(`${text}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
function annotationProperties(p) {
    if (Object.keys(p).length === 0)
        return {};
    return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}
/**
 * Plain log text, which may be text the gate did not write (paths, go's
 * output, file contents). The runner reads every line of a step's output as
 * a possible workflow command: a line that starts with `::` after leading
 * white space, or that holds `##[` anywhere (the legacy form), and it splits
 * lines at CR as well as LF. So text that could hold such a line is written
 * between `::stop-commands::<token>` and `::<token>::`, with a token no one
 * can guess: the runner shows every line of it as it is and runs none of it.
 * Other text is written as @actions/core writes it.
 */
function info(message) {
    if (!mayHoldCommand(message)) {
        process.stdout.write(message + external_node_os_namespaceObject.EOL);
        return;
    }
    const token = stopToken(message);
    process.stdout.write(`::stop-commands::${token}${external_node_os_namespaceObject.EOL}${message}${external_node_os_namespaceObject.EOL}::${token}::${external_node_os_namespaceObject.EOL}`);
}
/**
 * Whether any line of the text could be read as a workflow command. The
 * runner compares with .NET's culture-aware StartsWith/IndexOf, which may
 * skip characters a collation ignores (controls, format characters such as
 * U+00AD or U+200B, combining marks), so those are removed before looking
 * for `::` and `##[` anywhere: a superset of what the runner would run.
 */
function mayHoldCommand(text) {
    if (!/[:#]/.test(text))
        return false;
    const skeleton = text.replace(/[\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Default_Ignorable_Code_Point}]/gu, '');
    return skeleton.includes('::') || skeleton.includes('##[');
}
/** A fresh random token the text does not contain (the runner compares tokens ignoring case). */
function stopToken(text) {
    const lower = text.toLowerCase();
    for (;;) {
        const token = (0,external_node_crypto_namespaceObject.randomUUID)().replace(/-/g, '');
        if (!lower.includes(token))
            return token;
    }
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function error(message, properties = {}) {
    issueCommand('error', annotationProperties(properties), message);
}
function warning(message, properties = {}) {
    issueCommand('warning', annotationProperties(properties), message);
}
function notice(message, properties = {}) {
    issueCommand('notice', annotationProperties(properties), message);
}
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
/** Marks the step failed: exit code 1 and the message as an error annotation. */
function workflow_commands_setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/**
 * Sets a step output through the GITHUB_OUTPUT file (`name<<delimiter`), or
 * the deprecated set-output command when the runner gives no file.
 */
function workflow_commands_setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT;
    if (!file) {
        process.stdout.write(external_node_os_namespaceObject.EOL);
        issueCommand('set-output', { name }, value);
        return;
    }
    if (!(0,external_node_fs_namespaceObject.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    const delimiter = `ghadelimiter_${(0,external_node_crypto_namespaceObject.randomUUID)()}`;
    // A delimiter inside the name or value would end the value early: @actions/core refuses it too.
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    (0,external_node_fs_namespaceObject.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, { encoding: 'utf8' });
}

;// CONCATENATED MODULE: ./packages/core/src/checkout/fingerprint.ts




const MODULE_FILES = new Set(['go.mod', 'go.sum', 'go.work', 'go.work.sum']);
/**
 * Fingerprints every file a gate promises never to change: go.mod, go.sum,
 * go.work, go.work.sum anywhere below `root`, and everything inside each
 * `vendor/` directory that sits beside a go.mod or go.work.
 *
 * Module files are digested by content. Vendored files, which can be
 * thousands of files and hundreds of megabytes, are fingerprinted by their
 * stat signature (size, nanosecond mtime, inode, mode): any write to a file
 * changes its mtime, and any replacement its inode, so a gate that wrote
 * anything is caught without reading 150 MB twice per run.
 */
async function fingerprintCheckout(root) {
    // Synchronous on purpose: a checkout is hundreds of directories and a vendor/ thousands of
    // small files, and one call each on this thread is several times faster than the same calls
    // queued through libuv's four-thread pool (measured on natscli: 30-75 ms asynchronous, the
    // sum of its synchronous calls half that). The run waits for the fingerprint before the gate
    // starts and after it ends, so no other work is held up.
    const fp = new Map();
    const visit = (dir) => {
        let entries;
        try {
            entries = (0,external_node_fs_namespaceObject.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        const isModuleDir = entries.some(e => e.isFile() && (e.name === 'go.mod' || e.name === 'go.work'));
        for (const e of entries) {
            const full = external_node_path_namespaceObject.join(dir, e.name);
            if (e.isFile() && MODULE_FILES.has(e.name)) {
                fp.set(toPosixRelative(root, full), digestFile(full));
            }
            else if (e.isDirectory()) {
                if (e.name === 'vendor' && isModuleDir)
                    digestTree(full, root, fp);
                else if (e.name !== '.git' && e.name !== 'node_modules')
                    visit(full);
            }
        }
    };
    visit(root);
    return fp;
}
function digestTree(dir, root, fp) {
    // Paths by concatenation, not path.join/path.relative per file: on a 2,000-file tree those
    // calls were a quarter of the walk.
    const walk = (d, rel) => {
        for (const e of (0,external_node_fs_namespaceObject.readdirSync)(d, { withFileTypes: true })) {
            const full = d + external_node_path_namespaceObject.sep + e.name;
            const r = `${rel}/${e.name}`;
            if (e.isSymbolicLink())
                fp.set(r, `symlink:${(0,external_node_fs_namespaceObject.readlinkSync)(full)}`);
            else if (e.isDirectory())
                walk(full, r);
            else if (e.isFile())
                fp.set(r, statSignature(full));
        }
    };
    walk(dir, toPosixRelative(root, dir));
}
function statSignature(file) {
    const st = (0,external_node_fs_namespaceObject.lstatSync)(file, { bigint: true });
    return `stat:${st.size}:${st.mtimeNs}:${st.ino}:${st.mode}`;
}
function digestFile(file) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update((0,external_node_fs_namespaceObject.readFileSync)(file)).digest('hex');
}
function diffFingerprints(before, after) {
    const diff = { changed: [], added: [], removed: [] };
    for (const [k, v] of before) {
        if (!after.has(k))
            diff.removed.push(k);
        else if (after.get(k) !== v)
            diff.changed.push(k);
    }
    for (const k of after.keys())
        if (!before.has(k))
            diff.added.push(k);
    // Fingerprints are built concurrently: sort so reports are deterministic.
    diff.changed.sort();
    diff.added.sort();
    diff.removed.sort();
    return diff;
}
/**
 * The diff without paths under `relDir` (workspace-relative, POSIX): RUNNER_TEMP is the gate's to write,
 * and the CLI puts it inside the checkout (its --out directory) when run from the module directory.
 */
function withoutPathsUnder(d, relDir) {
    if (!relDir)
        return d;
    const outside = (p) => p !== relDir && !p.startsWith(`${relDir}/`);
    return { changed: d.changed.filter(outside), added: d.added.filter(outside), removed: d.removed.filter(outside) };
}
function isUnchanged(d) {
    return d.changed.length + d.added.length + d.removed.length === 0;
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./packages/core/src/util/log.ts

const actionsLogger = {
    info: m => info(m),
    debug: m => debug(m),
    warning: m => warning(m),
    group(title, lines) {
        startGroup(title);
        // One piece, so lines that may hold a workflow command share one stop-commands block.
        if (lines.length)
            info(lines.join('\n'));
        endGroup();
    }
};
/** A logger that keeps everything in memory, for tests. */
class MemoryLogger {
    lines = [];
    info(m) {
        this.lines.push(m);
    }
    debug(m) {
        this.lines.push(`debug: ${m}`);
    }
    warning(m) {
        this.lines.push(`warning: ${m}`);
    }
    group(title, lines) {
        this.lines.push(`group: ${title}`, ...lines);
    }
}
function formatDuration(ms) {
    return ms < 1000 ? `${Math.round(ms)}ms` : `${(ms / 1000).toFixed(2)}s`;
}

;// CONCATENATED MODULE: ./packages/core/src/gofiles/go-version.ts
const GO_VERSION_RE = /^(?:go)?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(alpha|beta|rc)(\d+))?$/;
function parseGoVersion(text) {
    const m = GO_VERSION_RE.exec(text.trim());
    if (!m)
        return undefined;
    // gover: "1" alone and "1.21.0rc1" style (pre-release with patch) are invalid.
    if (m[3] !== undefined && m[4] !== undefined)
        return undefined;
    return {
        major: Number(m[1]),
        minor: m[2] === undefined ? 0 : Number(m[2]),
        patch: m[3] === undefined ? undefined : Number(m[3]),
        kind: m[4] ?? '',
        pre: m[5] === undefined ? 0 : Number(m[5]),
        raw: text.trim()
    };
}
const KIND_RANK = { alpha: 1, beta: 2, rc: 3, '': 4 };
function compareGoVersions(a, b) {
    if (a.major !== b.major)
        return a.major - b.major;
    if (a.minor !== b.minor)
        return a.minor - b.minor;
    // Within a minor: language version (no patch, no prerelease) < prereleases < patches.
    const rank = (v) => v.patch !== undefined ? [2, v.patch, 0] : v.kind === '' ? [0, 0, 0] : [1, KIND_RANK[v.kind], v.pre];
    const [ra, rb] = [rank(a), rank(b)];
    return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2];
}
/** Compares two version strings; throws on unparseable input. */
function compareGoVersionStrings(a, b) {
    const pa = parseGoVersion(a);
    const pb = parseGoVersion(b);
    if (!pa || !pb)
        throw new Error(`Not a Go version: ${!pa ? a : b}`);
    return compareGoVersions(pa, pb);
}
/** `go1.22.3` → `1.22.3`; leaves `1.22` alone. */
function stripGoPrefix(v) {
    return v.startsWith('go') ? v.slice(2) : v;
}

;// CONCATENATED MODULE: ./packages/core/src/go/json-stream.ts
/**
 * Streaming decoder for a concatenation of JSON values, the format printed by
 * `go list -json`, `go list -m -json` and `go mod download -json`
 * (one indented object after another, no separators). Feed it chunks; it emits
 * each complete top-level value without holding the whole stream in memory.
 */
class JsonStreamDecoder {
    onValue;
    buffer = '';
    depth = 0;
    inString = false;
    escaped = false;
    start = -1;
    scanned = 0;
    /** Values found by wholeValues rather than by the character scan (for tests). */
    wholeValuesFound = 0;
    constructor(onValue) {
        this.onValue = onValue;
    }
    push(chunk) {
        this.buffer += chunk;
        const buf = this.buffer;
        let i = this.depth === 0 && !this.inString ? this.wholeValues(buf, this.scanned) : this.scanned;
        for (; i < buf.length; i++) {
            const c = buf.charCodeAt(i);
            if (this.inString) {
                if (this.escaped)
                    this.escaped = false;
                else if (c === 0x5c /* \ */)
                    this.escaped = true;
                else if (c === 0x22 /* " */)
                    this.inString = false;
                continue;
            }
            if (c === 0x22) {
                this.inString = true;
            }
            else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
                if (this.depth === 0)
                    this.start = i;
                this.depth++;
            }
            else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
                this.depth--;
                if (this.depth < 0)
                    throw new SyntaxError(`Unbalanced '${String.fromCharCode(c)}' in JSON stream`);
                if (this.depth === 0) {
                    this.onValue(JSON.parse(buf.slice(this.start, i + 1)));
                    this.start = -1;
                    // Between values again: whole ones are found natively from here (the loop's i++ lands where that stopped).
                    i = this.wholeValues(buf, i + 1) - 1;
                }
            }
            else if (this.depth === 0 && c > 0x20) {
                throw new SyntaxError(`Unexpected ${JSON.stringify(buf[i])} between JSON values`);
            }
        }
        // Drop everything already decoded so memory stays bounded by one value.
        if (this.depth === 0) {
            this.buffer = '';
            this.scanned = 0;
        }
        else {
            this.buffer = buf.slice(this.start);
            this.scanned = i - this.start;
            this.start = 0;
        }
    }
    /**
     * The go command prints each value indented, its closing brace alone at the start of a line, and
     * a JSON string never holds a raw newline: so `\n}\n` ends a top-level object. From `at` (between
     * values), emits each whole object found that way, parsed by JSON.parse alone, and returns where
     * it stopped. Where a candidate is not one JSON value (other output than go's), or the end is not
     * in the buffer yet, the character scan takes over from there, and hands back after the value it
     * ends (a pipe's chunk usually ends inside one). Scanning every character in
     * JavaScript cost ~20 ms of a mod-review run's CPU (2 MB of `go list -deps -json`); indexOf is native.
     */
    wholeValues(buf, at) {
        for (;;) {
            let s = at;
            while (s < buf.length && buf.charCodeAt(s) <= 0x20)
                s++;
            if (s >= buf.length || buf.charCodeAt(s) !== 0x7b /* { */)
                return s;
            const end = buf.indexOf('\n}\n', s);
            if (end < 0)
                return s;
            let value;
            try {
                value = JSON.parse(buf.slice(s, end + 2));
            }
            catch {
                return s;
            }
            this.wholeValuesFound++;
            this.onValue(value);
            at = end + 3;
        }
    }
    /** Call at end of input; throws when a value was left incomplete. */
    end() {
        if (this.depth !== 0 || this.inString)
            throw new SyntaxError('JSON stream ended inside a value');
    }
}
/** Decodes a whole string of concatenated JSON values (for small outputs and tests). */
function decodeJsonStream(text) {
    const out = [];
    const d = new JsonStreamDecoder(v => out.push(v));
    d.push(text);
    d.end();
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/util/child-env.ts
/**
 * What the Actions runner gives a JavaScript action for the action alone, never for the processes it
 * starts: the runner's credentials for its own services (the cache and artifact services, OIDC tokens).
 * A `run:` step does not see them, and `go test` runs the checkout's code.
 */
const RUNNER_CREDENTIALS = [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL'
];
/**
 * The environment for a process a gate starts (go, git, tar): the gate's own, less the action's
 * inputs (INPUT_*, the github-token input among them: its default is the job's token) and the
 * runner's credentials. Otherwise a pull request's tests, run by `go test` under coverage-gate,
 * could read the job's token, mint an OIDC token or write the Actions cache, which the same tests
 * in a bare `run: go test` step cannot. What the workflow sets itself (a step's env:) is kept.
 */
function childProcessEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env)) {
        if (k.toUpperCase().startsWith('INPUT_') || RUNNER_CREDENTIALS.includes(k.toUpperCase()))
            continue;
        out[k] = v;
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/go/go-runner.ts








const STDERR_TAIL_BYTES = 64 * 1024;
/**
 * Runs the go command. Always an argument array, never a shell; every call
 * is logged as one collapsible group with its duration.
 */
class GoRunner {
    goBinary;
    log;
    baseEnv;
    fromInput;
    envPromise;
    constructor(goBinary, log, 
    /** Environment for every call (defaults to this process's). */
    baseEnv = process.env, 
    /** Whether goBinary came from the 'go-binary' input (errors then name the input). */
    fromInput = false) {
        this.goBinary = goBinary;
        this.log = log;
        this.baseEnv = baseEnv;
        this.fromInput = fromInput;
    }
    /** Finds go: an explicit path (input `go-binary`), else the first `go` on PATH. */
    static locate(log, explicit, env = process.env) {
        if (explicit) {
            if (!isExecutableFile(explicit))
                throw new GoNotFoundError(`'${explicit}' is not an executable file`);
            return new GoRunner(explicit, log, env, true);
        }
        const exe = process.platform === 'win32' ? 'go.exe' : 'go';
        const dirs = (env.PATH ?? '').split(external_node_path_namespaceObject.delimiter).filter(Boolean);
        for (const dir of dirs) {
            const candidate = external_node_path_namespaceObject.join(dir, exe);
            if (isExecutableFile(candidate))
                return new GoRunner(candidate, log, env);
        }
        throw new GoNotFoundError(dirs.length ? 'not on PATH' : 'PATH is empty');
    }
    /** `go env -json`, read once per runner and cached. */
    goEnv() {
        this.envPromise ??= this.runJson(['env', '-json'], { cwd: process.cwd() }).then(env => {
            const missing = ['GOVERSION', 'GOMODCACHE', 'GOROOT'].filter(k => typeof env?.[k] !== 'string');
            if (missing.length)
                throw new GoOutputError(this.goBinary, ['env', '-json'], `JSON without ${missing.join(', ')}`, this.fromInput);
            return env;
        });
        return this.envPromise;
    }
    /**
     * Runs go and parses its stdout as one JSON value. Output that is not JSON
     * means the program is not go: the error names the command and a short,
     * quoted excerpt of what it printed.
     */
    async runJson(args, opts) {
        const { stdout } = await this.run(args, opts);
        try {
            return JSON.parse(stdout);
        }
        catch {
            const text = stdout.trim();
            const got = text ? `output that is not JSON (${JSON.stringify(text.length > 60 ? text.slice(0, 60) + '…' : text)})` : 'nothing';
            throw new GoOutputError(this.goBinary, args, got, this.fromInput);
        }
    }
    /** The running Go version without the `go` prefix, e.g. `1.26.8`. */
    async version() {
        return stripGoPrefix((await this.goEnv()).GOVERSION.split(' ')[0]);
    }
    /** Throws GoTooOldError unless the running Go is at least `minimum` (e.g. "1.23"). */
    async requireVersion(feature, minimum) {
        const actual = await this.version();
        if (!(await this.atLeast(minimum)))
            throw new GoTooOldError(feature, minimum, actual);
    }
    async atLeast(minimum) {
        const actual = await this.version();
        // Development builds ("devel go1.27-...") are treated as new enough.
        if (actual.startsWith('devel'))
            return true;
        return compareGoVersionStrings(actual, minimum) >= 0;
    }
    /** Runs go and collects stdout (bounded) and the tail of stderr. */
    async run(args, opts) {
        const maxStdout = opts.maxStdout ?? 256 * 1024 * 1024;
        const chunks = [];
        let size = 0;
        let overflow = false;
        const result = await this.spawnGo(args, opts, chunk => {
            size += chunk.length;
            if (size > maxStdout)
                overflow = true;
            else
                chunks.push(chunk);
        });
        if (overflow) {
            throw new GoCommandError(args, opts.cwd, result.exitCode, `output exceeded ${maxStdout} bytes`);
        }
        return { ...result, stdout: Buffer.concat(chunks).toString('utf8') };
    }
    /**
     * Runs go and decodes its stdout as a stream of JSON values (go list -json
     * and friends), calling `onValue` for each without buffering the output.
     */
    async streamJson(args, opts, onValue) {
        const decoder = new JsonStreamDecoder(v => onValue(v));
        const utf8 = new TextDecoder('utf-8');
        let decodeError;
        const result = await this.spawnGo(args, opts, chunk => {
            if (decodeError)
                return;
            try {
                decoder.push(utf8.decode(chunk, { stream: true }));
            }
            catch (err) {
                decodeError = err;
            }
        });
        if (!decodeError) {
            try {
                decoder.push(utf8.decode());
                decoder.end();
            }
            catch (err) {
                decodeError = err;
            }
        }
        if (decodeError && result.exitCode === 0) {
            throw new GoCommandError(args, opts.cwd, result.exitCode, `could not decode JSON output: ${String(decodeError)}`);
        }
        return { ...result, stdout: '' };
    }
    /** Collects every JSON value of a streaming command into an array. */
    async listJson(args, opts) {
        const values = [];
        const result = await this.streamJson(args, opts, v => values.push(v));
        return { values, result };
    }
    spawnGo(args, opts, onStdout) {
        // Never the action's inputs or the runner's credentials: go test runs the checkout's code.
        const env = childProcessEnv(applyOverlay(this.baseEnv, opts.env));
        const started = performance.now();
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_namespaceObject.spawn)(this.goBinary, [...args], {
                cwd: opts.cwd,
                env,
                shell: false,
                stdio: ['pipe', 'pipe', 'pipe'],
                windowsHide: true
            });
            let stderr = '';
            let timer;
            if (opts.timeoutMs)
                timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs);
            child.stdout.on('data', (c) => onStdout(c));
            child.stderr.on('data', (c) => {
                stderr += c.toString('utf8');
                if (stderr.length > STDERR_TAIL_BYTES * 2)
                    stderr = stderr.slice(-STDERR_TAIL_BYTES);
            });
            child.stdin.on('error', () => undefined);
            child.stdin.end(opts.stdin ?? '');
            child.on('error', err => {
                if (timer)
                    clearTimeout(timer);
                const code = err.code;
                if (code === 'ENOENT')
                    reject(new GoNotFoundError(`'${this.goBinary}' could not be started`));
                else
                    reject(err);
            });
            child.on('close', (exitCode, signal) => {
                if (timer)
                    clearTimeout(timer);
                const durationMs = performance.now() - started;
                if (stderr.length > STDERR_TAIL_BYTES)
                    stderr = stderr.slice(-STDERR_TAIL_BYTES);
                const shownCwd = external_node_path_namespaceObject.relative(process.cwd(), opts.cwd) || '.';
                const overlay = Object.entries(opts.env ?? {})
                    .filter(([, v]) => v !== undefined)
                    .map(([k, v]) => `${k}=${v}`);
                this.log.group(`go ${args.join(' ')} (${formatDuration(durationMs)}, exit ${exitCode ?? signal})`, [
                    `cwd: ${shownCwd}`,
                    ...(overlay.length ? [`env: ${overlay.join(' ')}`] : []),
                    ...(stderr.trim() ? stderr.trimEnd().split('\n').slice(-40) : [])
                ]);
                const result = { args, cwd: opts.cwd, exitCode, signal, stderr, durationMs };
                if (!opts.argsFromUser && isGoUsageFailure(exitCode, stderr)) {
                    // Even where failure is allowed: a malformed command is never an answer.
                    reject(new GoUsageError(args, stderr));
                }
                else if ((exitCode !== 0 || signal) && !opts.allowFailure) {
                    reject(new GoCommandError(args, opts.cwd, exitCode, stderr, signal));
                }
                else {
                    resolve(result);
                }
            });
        });
    }
}
function applyOverlay(base, overlay) {
    const env = { ...base };
    for (const [k, v] of Object.entries(overlay ?? {})) {
        if (v === undefined)
            delete env[k];
        else
            env[k] = v;
    }
    return env;
}
function isExecutableFile(p) {
    try {
        if (!(0,external_node_fs_namespaceObject.statSync)(p).isFile())
            return false;
        (0,external_node_fs_namespaceObject.accessSync)(p, external_node_fs_namespaceObject.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var node_modules_picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(node_modules_picomatch);
;// CONCATENATED MODULE: ./packages/core/src/inputs/inputs.ts


/** The runner's mangling: upper-case, spaces to `_`, hyphens kept. */
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
const envInputSource = name => {
    const extra = workflowInputs(process.env);
    if (extra && Object.hasOwn(extra, name))
        return extra[name].trim();
    return (process.env[inputEnvName(name)] ?? '').trim();
};
/**
 * The reusable workflow's `<gate>-inputs`, validated by its discover job
 * against the gate's action.yml and passed as a JSON object in
 * GO_CI_GATES_WORKFLOW_INPUTS: a step's `with:` keys are fixed in YAML, so
 * inputs the workflow does not list reach the gate this way. Never holds an
 * input the step also sets in `with:` (discover refuses that).
 */
const WORKFLOW_INPUTS_ENV = 'GO_CI_GATES_WORKFLOW_INPUTS';
function workflowInputs(env) {
    const raw = (env[WORKFLOW_INPUTS_ENV] ?? '').trim();
    if (raw === '' || raw === 'null' || raw === '{}')
        return undefined;
    const parsed = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || Object.values(parsed).some(v => typeof v !== 'string')) {
        throw new Error(`${WORKFLOW_INPUTS_ENV} is not a JSON object of strings`);
    }
    return parsed;
}
function mapInputSource(values) {
    return name => (values[name] === undefined ? '' : String(values[name]).trim());
}
/** Wraps a source and remembers every name read (the metadata test uses it). */
function recordingSource(inner) {
    const read = new Set();
    return {
        read,
        source: name => {
            read.add(name);
            return inner(name);
        }
    };
}
/** Typed readers over a source; each throws ConfigurationError on a bad value. */
class Inputs {
    source;
    defaults;
    /**
     * `defaults` are the action.yml defaults (a gate's generated
     * src/action-defaults.generated.ts): the runner applies them in a job, and
     * with them the CLI and the tests parse exactly as a job does. A gate's code
     * writes no default of its own, so none can disagree with action.yml.
     */
    constructor(source, defaults = {}) {
        this.source = source;
        this.defaults = defaults;
    }
    /** The value given, else action.yml's default, else ''. */
    raw(name) {
        const v = this.source(name);
        return v === '' ? (this.defaults[name] ?? '') : v;
    }
    string(name, fallback = '') {
        const v = this.raw(name);
        return v === '' ? fallback : v;
    }
    required(name) {
        const v = this.raw(name);
        if (v === '')
            throw new ConfigurationError(name, v, 'a value is required');
        return v;
    }
    /** YAML 1.2 core-schema booleans, like core.getBooleanInput. Without a value or a default it is an error. */
    boolean(name, fallback) {
        const v = this.raw(name);
        if (v === '' && fallback !== undefined)
            return fallback;
        if (['true', 'True', 'TRUE'].includes(v))
            return true;
        if (['false', 'False', 'FALSE'].includes(v))
            return false;
        throw new ConfigurationError(name, v, 'expected true or false');
    }
    number(name, opts) {
        const v = this.raw(name);
        if (v === '')
            return opts.fallback;
        const n = Number(v);
        const range = describeRange(opts);
        if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(v) || !Number.isFinite(n)) {
            throw new ConfigurationError(name, v, `expected ${opts.integer ? 'a whole number' : 'a number'}${range}`);
        }
        if (opts.integer && !Number.isInteger(n))
            throw new ConfigurationError(name, v, `expected a whole number${range}`);
        if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
            throw new ConfigurationError(name, v, `expected a number${range}`);
        }
        return n;
    }
    enumeration(name, allowed, fallback) {
        const v = this.raw(name);
        if (v === '' && fallback !== undefined)
            return fallback;
        if (!allowed.includes(v)) {
            throw new ConfigurationError(name, v, `expected one of: ${allowed.join(', ')}`);
        }
        return v;
    }
    /** A list: one item per line, or comma-separated; `#` starts a comment line. */
    list(name) {
        return splitList(this.raw(name));
    }
    /** A list of globs, each checked to compile. */
    globs(name) {
        const items = this.list(name);
        for (const g of items) {
            try {
                picomatch_default()(g.replace(/^!/, ''));
            }
            catch (err) {
                throw new ConfigurationError(name, g, `not a valid glob (${err.message})`);
            }
            if (g === '!' || g === '')
                throw new ConfigurationError(name, g, 'an empty pattern matches nothing');
        }
        return items;
    }
    /** `key: value` lines (e.g. `internal/**: 60`). */
    mapping(name) {
        const raw = this.raw(name);
        const out = [];
        raw.split(/\r?\n/).forEach((l, i) => {
            const t = l.trim();
            if (t === '' || t.startsWith('#'))
                return;
            const idx = t.lastIndexOf(':');
            if (idx <= 0)
                throw new ConfigurationError(name, t, "expected 'key: value' on each line");
            out.push({
                key: t
                    .slice(0, idx)
                    .trim()
                    .replace(/^["']|["']$/g, ''),
                value: t.slice(idx + 1).trim(),
                line: i + 1
            });
        });
        return out;
    }
}
function splitList(raw) {
    return raw
        .split(/\r?\n/)
        .map(l => l.trim())
        .filter(l => l !== '' && !l.startsWith('#'))
        .flatMap(l => l.split(','))
        .map(s => s.trim())
        .filter(Boolean);
}
function describeRange(opts) {
    if (opts.min !== undefined && opts.max !== undefined)
        return ` from ${opts.min} to ${opts.max}`;
    if (opts.min !== undefined)
        return ` of at least ${opts.min}`;
    if (opts.max !== undefined)
        return ` of at most ${opts.max}`;
    return '';
}

;// CONCATENATED MODULE: ./packages/core/src/modules/discover.ts







/** Directories never searched for go.mod: Go ignores them, or they are not source. */
function isSkippedDir(name) {
    return name === 'vendor' || name === 'testdata' || name === 'node_modules' || name.startsWith('.') || name.startsWith('_');
}
/**
 * Finds the modules to check: the modules of the go.work in `root` when there
 * is one, otherwise every go.mod at or below `root`.
 */
async function discoverModules(opts) {
    const { workspace, root } = opts;
    const workPath = external_node_path_namespaceObject.join(root, 'go.work');
    let goWork;
    let dirs;
    if (opts.useGoWork !== false && (0,external_node_fs_namespaceObject.existsSync)(workPath)) {
        await refuseOutsideWorkspace(workspace, [workPath, `${workPath}.sum`]);
        const workFile = parseModFile(await external_node_fs_namespaceObject.promises.readFile(workPath, 'utf8'), 'go.work');
        if (workFile.errors.length) {
            const e = workFile.errors[0];
            throw new ProjectError(`${toPosixRelative(workspace, workPath)}:${e.line}: ${e.message}`);
        }
        goWork = { file: workPath, relFile: toPosixRelative(workspace, workPath), dir: root, workFile };
        dirs = workFile.use.map(u => external_node_path_namespaceObject.resolve(root, u.path));
    }
    else {
        dirs = await findGoModDirs(root);
    }
    const modules = [];
    for (const dir of dirs) {
        const goModPath = external_node_path_namespaceObject.join(dir, 'go.mod');
        await refuseOutsideWorkspace(workspace, [dir, goModPath, external_node_path_namespaceObject.join(dir, 'go.sum')], goWork?.relFile);
        let text;
        try {
            text = await external_node_fs_namespaceObject.promises.readFile(goModPath, 'utf8');
        }
        catch {
            throw new ProjectError(`${toPosixRelative(workspace, goModPath)} does not exist${goWork ? ` (named by a use directive in ${goWork.relFile})` : ''}`);
        }
        const modFile = parseModFile(text, 'go.mod');
        const rel = toPosixRelative(workspace, goModPath);
        if (modFile.errors.length) {
            const e = modFile.errors[0];
            throw new ProjectError(`${rel}:${e.line}: ${e.message}`);
        }
        if (!modFile.module)
            throw new ProjectError(`${rel}: no module directive`);
        modules.push({ path: modFile.module.path, dir, relDir: toPosixRelative(workspace, dir), goModFile: rel, modFile });
    }
    modules.sort((a, b) => compareText(a.relDir, b.relDir));
    const where = toPosixRelative(workspace, root);
    if (modules.length === 0) {
        throw new ProjectError(`No go.mod found in or below '${where}'. Set 'working-directory' to the directory of your Go module.`);
    }
    const selected = opts.select?.length ? selectModules(modules, opts.select) : modules;
    if (selected.length === 0) {
        throw new ProjectError(`The 'modules' patterns (${opts.select.join(', ')}) match none of the modules found: ${modules.map(m => `${m.relDir} (${m.path})`).join(', ')}`);
    }
    return { workspace, root, goWork, modules: selected, foundCount: modules.length };
}
/**
 * The go command reads go.work, go.mod and go.sum through symlinks, and a
 * go.work may `use` a directory anywhere. In a checkout written by a pull
 * request, either would make every gate (and go's error messages) read and
 * quote a file outside the workspace, so a module file or directory whose real
 * path leaves the workspace is refused before go runs.
 */
async function refuseOutsideWorkspace(workspace, paths, namedBy) {
    const realWorkspace = await external_node_fs_namespaceObject.promises.realpath(workspace);
    for (const p of paths) {
        let real;
        try {
            real = await external_node_fs_namespaceObject.promises.realpath(p);
        }
        catch {
            continue; // missing: said where it is needed
        }
        if (!isInside(realWorkspace, real)) {
            const rel = toPosixRelative(workspace, p);
            throw new ProjectError(namedBy && !isInside(workspace, p)
                ? `${namedBy} makes go read ${rel}, outside the workspace: the gates never read outside the workspace.`
                : `${rel} leads outside the workspace through a symlink: the gates never read outside the workspace.`);
        }
    }
}
/** A module is selected when a pattern matches its directory or its module path; `!pattern` excludes. */
function selectModules(modules, patterns) {
    const include = patterns.filter(p => !p.startsWith('!'));
    const exclude = patterns.filter(p => p.startsWith('!')).map(p => p.slice(1));
    const inc = include.length ? picomatch_default()(include, { dot: true }) : () => true;
    const exc = exclude.length ? picomatch_default()(exclude, { dot: true }) : () => false;
    return modules.filter(m => (inc(m.relDir) || inc(m.path)) && !(exc(m.relDir) || exc(m.path)));
}
async function findGoModDirs(root) {
    const found = [];
    async function walk(dir) {
        let entries;
        try {
            entries = await external_node_fs_namespaceObject.promises.readdir(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        // A go.mod that is a symlink counts too (go reads through it); discovery then refuses one leading outside.
        if (entries.some(e => (e.isFile() || e.isSymbolicLink()) && e.name === 'go.mod'))
            found.push(dir);
        for (const e of entries) {
            if (e.isDirectory() && !isSkippedDir(e.name))
                await walk(external_node_path_namespaceObject.join(dir, e.name));
        }
    }
    await walk(root);
    return found;
}

;// CONCATENATED MODULE: ./packages/core/src/report/annotations.ts

const actionsAnnotationSink = {
    annotate(severity, message, props) {
        if (severity === 'error')
            error(message, props);
        else if (severity === 'warning')
            warning(message, props);
        else
            notice(message, props);
    }
};
/**
 * Emits annotations for the findings, at most `perKind` of each severity:
 * GitHub shows only 10 errors, 10 warnings and 10 notices per step. Findings
 * with a file and line go first, since those are the ones worth pinning.
 * Returns a note for the summary when some were left out.
 */
function emitAnnotations(findings, perKind, sink) {
    const emitted = { error: 0, warning: 0, notice: 0 };
    const skipped = { error: 0, warning: 0, notice: 0 };
    const ordered = [...findings].sort((a, b) => Number(b.line !== undefined) - Number(a.line !== undefined));
    for (const f of ordered) {
        if (emitted[f.severity] >= perKind) {
            skipped[f.severity]++;
            continue;
        }
        emitted[f.severity]++;
        const props = { title: f.title ?? f.rule };
        if (f.file) {
            props.file = f.file;
            if (f.line !== undefined) {
                props.startLine = f.line;
                props.endLine = f.endLine ?? f.line;
                // Columns are only meaningful on a single line (GitHub ignores them otherwise).
                if (f.column !== undefined && props.endLine === f.line) {
                    props.startColumn = f.column;
                    if (f.endColumn !== undefined)
                        props.endColumn = f.endColumn;
                }
            }
        }
        const text = f.fix ? `${f.message}\nFix: ${f.fix.command ?? f.fix.description}` : f.message;
        sink.annotate(f.severity, f.module && !f.file ? `${f.module}: ${text}` : text, props);
    }
    const total = skipped.error + skipped.warning + skipped.notice;
    if (total === 0)
        return undefined;
    return `${total} finding${total === 1 ? ' is' : 's are'} not annotated: GitHub shows at most ${perKind} annotations of each kind per step. The table above lists them all.`;
}

;// CONCATENATED MODULE: ./packages/core/src/report/finding.ts
/** The findings model every gate reports in. */

function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
/** Deterministic order: severity, then file, line, rule, message. */
function compareFindings(a, b) {
    return (SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        compareText(a.module ?? '', b.module ?? '') ||
        compareText(a.file ?? '', b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        compareText(a.rule, b.rule) ||
        compareText(a.message, b.message));
}
const FAIL_ON_VALUES = ['error', 'warning', 'never'];
/** Whether the findings fail the gate under the `fail-on` policy. */
function failsUnder(policy, counts) {
    if (policy === 'never')
        return false;
    if (policy === 'warning')
        return counts.error + counts.warning > 0;
    return counts.error > 0;
}

;// CONCATENATED MODULE: ./packages/core/src/report/gate-report.ts


/** Bump when the JSON report's shape changes incompatibly. */
const REPORT_SCHEMA = 'go-ci-gates/report@1';
function buildReport(gate, title, failOn, modules, result) {
    const findings = [...result.findings].sort(compareFindings);
    const counts = countBySeverity(findings);
    const rows = modules.map(m => ({
        path: m.path,
        dir: m.relDir,
        counts: countBySeverity(findings.filter(f => f.module === m.path))
    }));
    return {
        schema: REPORT_SCHEMA,
        gate,
        title,
        result: failsUnder(failOn, counts) ? 'fail' : 'pass',
        failOn,
        headline: result.headline,
        counts,
        modules: rows,
        findings,
        sections: result.sections ?? [],
        outputs: {},
        data: result.data
    };
}
function errorReport(gate, title, failOn, message, errorKind = 'user') {
    return {
        schema: REPORT_SCHEMA,
        gate,
        title,
        result: 'error',
        failOn,
        counts: { error: 0, warning: 0, notice: 0 },
        modules: [],
        findings: [],
        sections: [],
        outputs: {},
        error: message,
        errorKind
    };
}
function verdictText(report) {
    const c = report.counts;
    const parts = [
        c.error ? `${c.error} error${c.error === 1 ? '' : 's'}` : '',
        c.warning ? `${c.warning} warning${c.warning === 1 ? '' : 's'}` : '',
        c.notice ? `${c.notice} notice${c.notice === 1 ? '' : 's'}` : ''
    ].filter(Boolean);
    const found = parts.length ? parts.join(', ') : 'no findings';
    const scope = report.modules.length ? ` in ${report.modules.length} module${report.modules.length === 1 ? '' : 's'}` : '';
    if (report.result === 'error' && report.errorKind === 'internal')
        return `Bug in go-ci-gates: ${report.error ?? 'unknown error'} Please report it at ${BUG_REPORT_URL} with this job's log.`;
    if (report.result === 'error')
        return `Could not run: ${report.error ?? 'unknown error'}`;
    return `${report.result === 'pass' ? 'Passed' : 'Failed'}: ${found}${scope} (fail-on: ${report.failOn}).`;
}
function formatLocation(f) {
    if (!f.file)
        return '';
    if (f.line === undefined)
        return f.file;
    const end = f.endLine !== undefined && f.endLine !== f.line ? `-${f.endLine}` : '';
    return `${f.file}:${f.line}${end}`;
}

;// CONCATENATED MODULE: ./packages/core/src/util/html.ts
/**
 * Escaping for the job summary and pull request comments. Their text comes
 * from the checkout and from go (module paths, directory names, go.sum lines,
 * tool output), so it must render as exactly that text: no link, image,
 * emphasis, autolink, HTML, heading or table break may come out of it.
 */
/** Escapes text for HTML: attribute values and raw HTML blocks (where Markdown is not read). */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
/** Escapes text for one line of a raw HTML block (`<summary>`): a blank line would end the block. */
function escapeHtmlLine(text) {
    return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');
}
/**
 * Text as inline Markdown that renders as itself, for a table cell or any
 * place after the start of a line. What could form Markdown is escaped:
 * - `\\ \` * _ ~ [ ] < > & | # $` with a backslash (CommonMark lets any ASCII
 *   punctuation be), so no code span, emphasis, strikethrough, link, image,
 *   footnote, HTML tag, entity, math or table break can open. No entities are
 *   used: inside Markdown they need their own `&` and `#` left unescaped
 *   (`&#39;` once showed as `&\#39;`).
 * - GFM's autolink literals: the `:` of `://` and the `.` of `www.` are
 *   escaped (GitHub looks for them while reading inline text), and every `@`
 *   is followed by an empty HTML comment: GitHub finds e-mail addresses
 *   (`a@b.example`, `mailto:`, `xmpp:`) in the text after escapes are
 *   resolved, so only a node between `@` and the domain stops it. The comment
 *   shows nothing.
 * - Line breaks become `<br>`, so the text stays in its row or paragraph.
 */
function escapeInlineMarkdown(text) {
    return text
        .replace(/[\\`*_~[\]<>&|#$]/g, '\\$&')
        .replace(/:(?=\/\/)/g, '\\:')
        .replace(/(www)\./gi, '$1\\.')
        .replace(/@/g, '@<!-- -->')
        .replace(/\r\n|\r|\n/g, '<br>');
}
/**
 * Text as Markdown that renders as itself at the start of a block (a
 * paragraph, heading or list item): inline escaping; a leading `-`, `+` or
 * `1.`/`1)` is escaped so it cannot open a list or a thematic break, and
 * leading blanks are character references so they cannot indent a code block.
 */
function escapeMarkdownText(text) {
    const indent = /^[ \t]*/.exec(text)[0];
    const body = escapeInlineMarkdown(text.slice(indent.length))
        .replace(/^[-+]/, '\\$&')
        .replace(/^(\d{1,9})([.)])/, '$1\\$2');
    return indent.replace(/ /g, '&#32;').replace(/\t/g, '&#9;') + body;
}
/** Escapes text for a Markdown table cell (inline: pipes and line breaks included). */
function escapeCell(text) {
    return escapeInlineMarkdown(text);
}
/** A fenced code block holding the text exactly: the fence is longer than any run of backticks in it. */
function fencedCode(text, lang = '') {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${lang}\n${text}\n${fence}\n`;
}

;// CONCATENATED MODULE: ./packages/core/src/report/markdown.ts



/** GitHub rejects a step summary over 1 MiB; stay well clear of it. */
const SUMMARY_LIMIT_BYTES = 1000 * 1000;
const ICON = { pass: '✅', fail: '❌', error: '⚠️' };
function renderCell(cell) {
    if (typeof cell === 'string' || typeof cell === 'number')
        return escapeCell(String(cell));
    let inner = cell.code ? `<code>${escapeCell(cell.text)}</code>` : escapeCell(cell.text);
    if (cell.href && /^https?:\/\//.test(cell.href))
        inner = `<a href="${escapeHtml(cell.href)}">${inner}</a>`;
    return inner;
}
function renderBlocks(blocks, rowCap) {
    return blocks.map(b => renderBlock(b, rowCap)).join('\n');
}
function renderBlock(b, rowCap) {
    switch (b.kind) {
        case 'heading':
            return `${'#'.repeat(b.level)} ${escapeMarkdownText(b.text)}\n`;
        case 'paragraph':
            return `${b.strong ? `**${escapeMarkdownText(b.strong)}** ` : ''}${escapeMarkdownText(b.text)}\n`;
        case 'list':
            return b.items.map(i => `- ${escapeMarkdownText(i)}`).join('\n') + '\n';
        case 'code':
            return fencedCode(b.text, b.lang);
        case 'details':
            return `<details><summary>${escapeHtmlLine(b.summary)}</summary>\n\n${renderBlocks(b.blocks, rowCap)}\n</details>\n`;
        case 'table': {
            const rows = b.rows.slice(0, rowCap);
            const align = b.columns.map((_, i) => (b.align?.[i] === 'right' ? '---:' : ':---'));
            const lines = [`| ${b.columns.map(c => escapeCell(c)).join(' | ')} |`, `| ${align.join(' | ')} |`];
            // A table already longer than the summary limit makes the summary too long whatever follows, and
            // renderSummary discards it and tries fewer rows: stop there rather than render 100,000 rows.
            let length = 0;
            for (const r of rows) {
                const line = `| ${r.map(renderCell).join(' | ')} |`;
                lines.push(line);
                length += line.length;
                if (length > SUMMARY_LIMIT_BYTES)
                    break;
            }
            const notes = [];
            if (b.rows.length > rows.length)
                notes.push(`${b.rows.length - rows.length} more rows not shown; the JSON report has them all.`);
            if (b.note)
                notes.push(b.note);
            return lines.join('\n') + '\n' + (notes.length ? `\n${escapeMarkdownText(notes.join(' '))}\n` : '');
        }
    }
}
/** The findings table, as every gate shows it. */
function findingsTable(report) {
    const rows = report.findings.map(f => [
        f.severity,
        { text: f.rule, code: true },
        f.module ?? '',
        formatLocation(f) ? { text: formatLocation(f), code: true } : '',
        f.fix ? `${f.message}\nFix: ${f.fix.command ?? f.fix.description}` : f.message
    ]);
    return { kind: 'table', columns: ['Severity', 'Rule', 'Module', 'Location', 'Finding'], rows };
}
function moduleTable(report) {
    return {
        kind: 'table',
        columns: ['Module', 'Directory', 'Errors', 'Warnings', 'Notices'],
        align: ['left', 'left', 'right', 'right', 'right'],
        rows: report.modules.map(m => [{ text: m.path, code: true }, { text: m.dir, code: true }, m.counts.error, m.counts.warning, m.counts.notice])
    };
}
/** The full job summary for one gate, kept under GitHub's size limit. */
function renderSummary(report, annotationNote) {
    for (const rowCap of [Infinity, 1000, 200, 50, 10]) {
        const md = renderSummaryWithCap(report, rowCap, annotationNote);
        if (Buffer.byteLength(md) <= SUMMARY_LIMIT_BYTES)
            return md;
    }
    const head = renderSummaryWithCap({ ...report, sections: [], findings: report.findings.slice(0, 10) }, 10, annotationNote);
    return closeOpenFence(head.slice(0, SUMMARY_LIMIT_BYTES - 200)) + "\n\n_Summary truncated to stay under GitHub's 1 MiB limit; see the JSON report._\n";
}
/**
 * A cut may fall inside a fenced code block; what followed (the truncation
 * note) would then render as code. Closes a fence the text leaves open, with
 * as many backticks as opened it.
 */
function closeOpenFence(text) {
    let open = 0;
    for (const line of text.split('\n')) {
        const fence = /^(`{3,})/.exec(line)?.[1].length ?? 0;
        if (!open && fence)
            open = fence;
        else if (open && fence >= open && /^`+\s*$/.test(line))
            open = 0;
    }
    return open ? `${text}\n${'`'.repeat(open)}` : text;
}
function renderSummaryWithCap(report, rowCap, annotationNote) {
    const parts = [];
    parts.push(`## ${ICON[report.result]} ${escapeMarkdownText(report.title)}\n`);
    parts.push(`**${escapeMarkdownText(verdictText(report))}**\n`);
    if (report.headline)
        parts.push(`${escapeMarkdownText(report.headline)}\n`);
    if (report.modules.length > 1)
        parts.push(renderBlock(moduleTable(report), rowCap));
    if (report.sections.length)
        parts.push(renderBlocks(report.sections, rowCap));
    if (report.findings.length) {
        parts.push(`### Findings (${report.findings.length})\n`);
        parts.push(renderBlock(findingsTable(report), rowCap));
    }
    if (annotationNote)
        parts.push(`_${escapeMarkdownText(annotationNote)}_\n`);
    if (rowCap !== Infinity)
        parts.push(`_Tables capped at ${rowCap} rows to stay under GitHub's 1 MiB summary limit._\n`);
    return parts.join('\n');
}


;// CONCATENATED MODULE: ./packages/core/src/action/run-gate.ts















/**
 * The one entry point every gate's `run()` calls. It owns everything around
 * the gate's decision: inputs, finding go, discovering modules, proving the
 * checkout was not touched, and reporting (summary, annotations, outputs,
 * JSON report, exit code). The summary is written whether the gate passes,
 * fails or cannot run.
 */
async function runGate(def, opts = {}) {
    const env = opts.env ?? process.env;
    const log = opts.log ?? actionsLogger;
    const setOutput = opts.setOutput ?? ((n, v) => workflow_commands_setOutput(n, v));
    const setFailed = opts.setFailed ?? ((m) => workflow_commands_setFailed(m));
    const writeSummary = opts.writeSummary ?? defaultSummaryWriter(env);
    const workspace = external_node_path_namespaceObject.resolve(env.GITHUB_WORKSPACE || process.cwd());
    const source = opts.source ?? envInputSource;
    const roots = pathRoots(workspace, env);
    let reportTarget = defaultReportTarget(roots, def.name);
    let inputs;
    let tempDir;
    let report;
    try {
        // First, so that even an error report never goes through a refused path.
        reportTarget = resolveReportPath(source('report-path'), roots, def.name);
        inputs = def.parseInputs(source);
        const root = resolveInsideWorkspace(workspace, inputs.workingDirectory, 'working-directory');
        const go = GoRunner.locate(log, inputs.goBinary ? external_node_path_namespaceObject.resolve(workspace, inputs.goBinary) : undefined, env);
        // Both only read the checkout, and both finish before the gate does anything. The fingerprint is
        // synchronous (its calls are faster on this thread than queued through libuv), so discovery starts after it.
        const fingerprinted = fingerprintCheckout(workspace);
        fingerprinted.catch(() => undefined); // awaited below; a discovery error must not leave it unhandled
        const discovery = await discoverModules({ workspace, root, select: inputs.modules });
        const before = await fingerprinted;
        tempDir = await external_node_fs_namespaceObject.promises.mkdtemp(external_node_path_namespaceObject.join(env.RUNNER_TEMP || external_node_os_namespaceObject.tmpdir(), `go-ci-gates-${def.name}-`));
        const deps = { go, discovery, workspace, tempDir, log, env };
        // The start-up path (bundle loaded, inputs read, modules discovered, checkout fingerprinted): what
        // the start-up bench compares with node's own start (performance.now() counts from process start).
        log.debug(`start-up: ${Math.round(performance.now())} ms from process start to ${def.name}'s own work`);
        const result = await def.execute(inputs, deps);
        const unregistered = result.findings.filter(f => !def.rules.some(r => r.id === f.rule)).map(f => f.rule);
        if (unregistered.length)
            throw new InternalError(`${def.name} reported rule ${[...new Set(unregistered)].join(', ')}, which is not in its rule registry (src/rules.ts).`);
        const diff = withoutPathsUnder(diffFingerprints(before, await fingerprintCheckout(workspace)), runnerTempInside(workspace, env.RUNNER_TEMP));
        if (!isUnchanged(diff))
            result.findings.push(checkoutModifiedFinding(diff)); // a FRAMEWORK_RULES rule
        report = buildReport(def.name, def.name, inputs.failOn, discovery.modules, result);
        if (def.afterReport) {
            const notices = await def.afterReport(report, inputs, deps);
            if (notices.some(f => f.severity !== 'notice' || !def.rules.some(r => r.id === f.rule)))
                throw new InternalError(`${def.name}: afterReport may add registered notices only`);
            if (notices.length)
                report = buildReport(def.name, def.name, inputs.failOn, discovery.modules, { ...result, findings: [...result.findings, ...notices] });
        }
        for (const [k, v] of Object.entries(result.outputs ?? {}))
            report.outputs[k] = String(v);
    }
    catch (err) {
        const kind = errorKind(err);
        // A bug shows its stack where the user will see it: that is what a bug report needs.
        if (kind === 'environment' && !(err instanceof UserFacingError) && err instanceof Error && err.stack)
            log.debug(err.stack);
        if (kind === 'internal')
            log.info(`go-ci-gates hit a bug; please report it at ${BUG_REPORT_URL} with this log:\n${err instanceof Error && err.stack ? err.stack : String(err)}`);
        report = errorReport(def.name, def.name, inputs?.failOn ?? 'error', errorMessage(err), kind);
    }
    finally {
        if (tempDir)
            await external_node_fs_namespaceObject.promises.rm(tempDir, { recursive: true, force: true }).catch(() => undefined);
    }
    return finish(report, inputs, reportTarget, {
        env,
        workspace,
        log,
        setOutput,
        setFailed,
        writeSummary,
        annotations: opts.annotations ?? actionsAnnotationSink
    });
}
async function finish(report, inputs, reportTarget, io) {
    const note = report.result === 'error' ? undefined : emitAnnotations(report.findings, inputs?.maxAnnotations ?? 10, io.annotations);
    const reportPath = reportTarget.path;
    report.outputs = {
        ...report.outputs,
        result: report.result,
        'error-count': String(report.counts.error),
        'warning-count': String(report.counts.warning),
        'notice-count': String(report.counts.notice),
        'finding-count': String(report.findings.length),
        'report-path': reportPath
    };
    try {
        await writeResolvedFile(reportTarget, JSON.stringify(report, null, 2) + '\n');
    }
    catch (err) {
        io.log.warning(`Could not write the JSON report to ${reportPath}: ${errorMessage(err)}`);
    }
    for (const [k, v] of Object.entries(report.outputs))
        io.setOutput(k, v);
    try {
        await io.writeSummary(renderSummary(report, note));
    }
    catch (err) {
        io.log.warning(`Could not write the job summary: ${errorMessage(err)}`);
    }
    if (report.result === 'error')
        io.setFailed(report.errorKind === 'internal' ? verdictText(report) : (report.error ?? 'unknown error'));
    else if (report.result === 'fail')
        io.setFailed(`${report.title}: ${verdictText(report)}`);
    else
        io.log.info(`${report.title}: ${verdictText(report)}`);
    return report;
}
/** Where the JSON report goes without a `report-path`: RUNNER_TEMP/go-ci-gates/<gate>.json. */
function defaultReportTarget(roots, gate) {
    return { input: 'report-path', value: '', path: external_node_path_namespaceObject.join(roots.runnerTemp, 'go-ci-gates', `${gate}.json`), root: roots.runnerTemp, exists: false };
}
/** `report-path` is written: a file in the workspace or RUNNER_TEMP, never through a symlink. */
function resolveReportPath(value, roots, gate) {
    if (!value)
        return defaultReportTarget(roots, gate);
    return resolvePathInput(value, { input: 'report-path', use: 'write-file', roots: WORKSPACE_OR_RUNNER_TEMP }, roots);
}
function defaultSummaryWriter(env) {
    return async (md) => {
        if (!env.GITHUB_STEP_SUMMARY)
            return;
        await external_node_fs_namespaceObject.promises.appendFile(env.GITHUB_STEP_SUMMARY, md + '\n');
    };
}
function checkoutModifiedFinding(diff) {
    const list = [...diff.changed.map(p => `changed ${p}`), ...diff.added.map(p => `added ${p}`), ...diff.removed.map(p => `removed ${p}`)];
    return {
        rule: 'checkout-modified',
        severity: 'error',
        message: `The checkout changed while the gate ran, which it must never do: ${list.slice(0, 10).join(', ')}${list.length > 10 ? ` and ${list.length - 10} more` : ''}.`
    };
}
/** RUNNER_TEMP relative to the workspace (POSIX) when it lies inside it, as the CLI's --out may. */
function runnerTempInside(workspace, runnerTemp) {
    if (!runnerTemp)
        return undefined;
    const rel = external_node_path_namespaceObject.relative(workspace, external_node_path_namespaceObject.resolve(runnerTemp));
    return rel && !rel.startsWith('..') && !external_node_path_namespaceObject.isAbsolute(rel) ? rel.split(external_node_path_namespaceObject.sep).join('/') : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/git/git-runner.ts


const DEFAULT_TIMEOUT_MS = 120_000;
const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
const STDERR_TAIL = 16 * 1024;
/**
 * Every git call of every gate runs here. git never prompts (no terminal, no
 * credential dialog: a prompt would hang the job), never takes the optional
 * index lock (`git status` would otherwise refresh and rewrite .git/index of a
 * checkout the gates promise not to change), and never starts automatic
 * garbage collection or maintenance after a fetch.
 */
function runGit(args, opts) {
    return runGitRaw(args, opts).then(r => ({ ...r, stdout: r.stdout.toString('utf8') }));
}
/** runGit with stdout as bytes (`git cat-file --batch` counts its objects in bytes). */
function runGitRaw(args, opts) {
    return startGit(args, opts, undefined).git;
}
/**
 * git with its stdout going straight into `sink`'s stdin through an OS pipe:
 * the two run at once and nothing passes through Node (the base tree of
 * mod-review is unpacked while git still archives it, with no tar file in
 * between). Both are spawned before this returns.
 */
async function runGitInto(args, opts, sink) {
    const started = startGit(args, opts, sink);
    const [git, sunk] = await Promise.all([started.git, started.sink]);
    return { git: { ...git, stdout: '' }, sink: sunk };
}
function gitEnv() {
    return {
        ...childProcessEnv(process.env),
        GIT_TERMINAL_PROMPT: '0',
        GCM_INTERACTIVE: 'never',
        GIT_OPTIONAL_LOCKS: '0',
        // Never the user's pager or editor, whatever the environment holds.
        GIT_PAGER: 'cat',
        GIT_EDITOR: 'true'
    };
}
function startGit(args, opts, sink) {
    const fullArgs = ['-c', 'gc.auto=0', '-c', 'maintenance.auto=false', ...args];
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    const child = (0,external_node_child_process_namespaceObject.spawn)('git', fullArgs, {
        cwd: opts.cwd,
        env: gitEnv(),
        shell: false,
        stdio: [opts.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        windowsHide: true
    });
    let failure;
    const stop = (why) => {
        failure ??= why;
        child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop(`timed out after ${Math.round((opts.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)} s`), opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    // The sink gets its own copy of the pipe's read end; Node's is closed at once, so nothing
    // reads git's output here and the sink sees end-of-file when git exits.
    const sinkEnded = sink && startSink(sink, child);
    if (sinkEnded) {
        child.stdout.destroy();
        // A sink that ends early (a failed unpack) leaves git writing into a closed pipe: stop it.
        sinkEnded.then(r => {
            if (!r.ok && child.exitCode === null)
                stop(`stopped: ${sink.command} ended first`);
        });
    }
    const gitEnded = new Promise(resolve => {
        if (opts.stdin !== undefined) {
            child.stdin.on('error', () => undefined); // git may exit before reading it all; its exit code says why
            child.stdin.end(opts.stdin);
        }
        const chunks = [];
        let bytes = 0;
        let stderr = '';
        if (!sinkEnded)
            child.stdout.on('data', (c) => {
                bytes += c.length;
                if (bytes > maxBytes)
                    stop(`printed more than ${maxBytes} bytes`);
                else
                    chunks.push(c);
            });
        child.stderr.on('data', (c) => {
            stderr = (stderr + c.toString('utf8')).slice(-STDERR_TAIL);
        });
        child.on('error', err => {
            clearTimeout(timer);
            const code = err.code;
            resolve({
                ok: false,
                exitCode: null,
                stdout: Buffer.alloc(0),
                stderr,
                failure: code === 'ENOENT' ? 'git is not installed (not found on PATH)' : `git could not start: ${err.message}`
            });
        });
        child.on('close', exitCode => {
            clearTimeout(timer);
            const stdout = Buffer.concat(chunks);
            resolve({ ok: exitCode === 0 && !failure, exitCode, stdout, stderr, ...(failure ? { failure } : {}) });
        });
    });
    return { git: gitEnded, ...(sinkEnded ? { sink: sinkEnded } : {}) };
}
function startSink(sink, git) {
    return new Promise(resolve => {
        // git that did not start has no stdout pipe: the sink then reads nothing.
        const child = (0,external_node_child_process_namespaceObject.spawn)(sink.command, [...sink.args], {
            cwd: sink.cwd,
            env: childProcessEnv(process.env),
            shell: false,
            stdio: [git.stdout ?? 'ignore', 'ignore', 'pipe'],
            windowsHide: true
        });
        let stderr = '';
        child.stderr.on('data', (c) => {
            stderr = (stderr + c.toString('utf8')).slice(-STDERR_TAIL);
        });
        child.on('error', err => {
            const code = err.code;
            resolve({
                ok: false,
                exitCode: null,
                stderr,
                failure: code === 'ENOENT' ? `${sink.command} is not installed (not found on PATH)` : `${sink.command} could not start: ${err.message}`
            });
        });
        child.on('close', exitCode => resolve({ ok: exitCode === 0, exitCode, stderr }));
    });
}
/** git's trimmed stdout, or undefined when it fails (for questions whose failure is an answer: "not a repository"). */
async function gitOutput(args, opts) {
    const r = await runGit(args, opts);
    return r.ok ? r.stdout.trim() : undefined;
}
/** Why a git call failed, in one line: the last lines of its stderr, or why it did not run. */
function gitFailure(r) {
    if (r.failure)
        return r.failure;
    const lines = r.stderr
        .split('\n')
        .map(l => l.trim())
        .filter(Boolean);
    return lines.slice(-2).join(' ') || `exit ${r.exitCode}`;
}

;// CONCATENATED MODULE: ./packages/core/src/git/fetch-commit.ts


/** A full object name: the only thing that can be fetched by itself from a remote. */
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
/** A revision given as input: never an option, no whitespace or control characters. */
const SAFE_REV = /^[^-\s\p{Cc}][^\s\p{Cc}]*$/u;
/** A revision for a message: 12 characters of a full SHA, else as given. */
const shortRev = (rev) => (FULL_SHA.test(rev) ? rev.slice(0, 12) : rev);
/** Quoted, at most 80 characters: a revision or git's message may come from an input or the remote. */
const quoteGitText = (s) => JSON.stringify([...s].slice(0, 80).join(''));
/**
 * Makes `rev` available as a commit of the checkout at `cwd`, for the gates
 * that read a pull request's base (coverage-gate's changed lines,
 * license-policy's base go.mod). A default actions/checkout clone is shallow
 * (depth 1) and holds only the checked-out commit, so a missing commit given
 * by its full SHA is fetched from origin at depth 1 into a ref of our own
 * (refs/go-ci-gates/...), pushed on `tempRefs` for dropTempRefs: no branch,
 * tag, remote ref, FETCH_HEAD or working-tree file of the checkout changes
 * (the new objects and the shallow boundary are all a fetch leaves behind).
 * `what` names the commit in messages ("base", "head").
 */
async function ensureCommit(cwd, rev, what, tempRefs) {
    if (!SAFE_REV.test(rev))
        return { unavailable: `the ${what} ${quoteGitText(rev)} is not a revision` };
    const present = await gitOutput(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd });
    if (present)
        return present;
    if (!FULL_SHA.test(rev))
        return { unavailable: `the ${what} ${quoteGitText(rev)} is not a commit of the checkout` };
    const tempRef = `refs/go-ci-gates/${what.replace(/\W+/g, '-')}-${(0,external_node_crypto_namespaceObject.randomBytes)(6).toString('hex')}`;
    tempRefs.push(tempRef);
    const fetched = await runGit(['fetch', '--quiet', '--no-tags', '--no-recurse-submodules', '--no-write-fetch-head', '--depth=1', 'origin', `+${rev}:${tempRef}`], { cwd });
    if (!fetched.ok) {
        return {
            unavailable: `the ${what} ${shortRev(rev)} is not in the checkout (a shallow clone) and could not be fetched from origin: ${quoteGitText(gitFailure(fetched))}`
        };
    }
    return ((await gitOutput(['rev-parse', '--verify', '--quiet', `${tempRef}^{commit}`], { cwd })) ?? {
        unavailable: `the fetched ${what} ${shortRev(rev)} is not a commit`
    });
}
/** Deletes the refs ensureCommit made; the fetched objects stay until git's own gc (which never runs from here). */
async function dropTempRefs(cwd, tempRefs) {
    for (const ref of tempRefs)
        await runGit(['update-ref', '-d', ref], { cwd });
}

;// CONCATENATED MODULE: ./packages/core/src/gofiles/gosum.ts



/**
 * Go's whitespace (unicode.IsSpace): what strings.Fields splits a go.sum line on. It is not
 * JavaScript's \s: U+0085 (NEL) is space to Go and not to JavaScript, U+FEFF (BOM) the reverse.
 */
const GO_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const GO_SPACE_RUN_RE = new RegExp(`[${GO_SPACE}]+`, 'u');
const GO_ALL_SPACE_RE = new RegExp(`^[${GO_SPACE}]*$`, 'u');
/** Go's strings.Fields: the runs of non-space text, split on unicode.IsSpace. */
function goFields(text) {
    return text.split(GO_SPACE_RUN_RE).filter(f => f !== '');
}
/** A line the go command skips (strings.Fields finds nothing): a line holding only a BOM is not one. */
function isBlankGoSumLine(raw) {
    return GO_ALL_SPACE_RE.test(raw);
}
// Nearly every line is three printable-ASCII fields with one space between them: those skip the general split.
const PLAIN_LINE_RE = /^[\x21-\x7e]+ [\x21-\x7e]+ [\x21-\x7e]+$/;
const CONFLICT_MARKERS = new Set(['<<<<<<<', '=======', '>>>>>>>', '|||||||']);
/**
 * One non-blank go.sum line. The go command (modfetch.readGoSum) refuses the whole file, with
 * "malformed go.sum: <file>:<line>: wrong number of fields N", when a line does not split into
 * exactly three fields; that is the only thing it rejects (other hash algorithms are ignored).
 */
function parseGoSumLine(raw, line) {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const fields = PLAIN_LINE_RE.test(text) ? text.split(' ') : goFields(text);
    const base = { line, raw: text, module: '', version: '', kind: 'zip', hash: '', fieldCount: fields.length };
    if (CONFLICT_MARKERS.has(fields[0])) {
        return { ...base, problem: 'merge-conflict marker', refusedByGo: fields.length !== 3 };
    }
    if (fields.length !== 3)
        return { ...base, problem: `wrong number of fields ${fields.length} (want 3)`, refusedByGo: true };
    const [module, versionField, hash] = fields;
    const kind = versionField.endsWith('/go.mod') ? 'go.mod' : 'zip';
    const version = kind === 'go.mod' ? versionField.slice(0, -'/go.mod'.length) : versionField;
    return { line, raw: text, module, version, kind, hash, fieldCount: 3 };
}
/** Parses go.sum text: lines end at '\n' only, and blank lines (Go's whitespace only) are skipped, as the go command does. */
function parseGoSum(text) {
    const rows = text.split('\n');
    const endsWithNewline = text === '' || text.endsWith('\n');
    if (rows[rows.length - 1] === '')
        rows.pop();
    const lines = [];
    rows.forEach((raw, i) => {
        if (isBlankGoSumLine(raw))
            return;
        lines.push(parseGoSumLine(raw, i + 1));
    });
    return { lines, endsWithNewline };
}
/**
 * Streams a go.sum file line by line (large workspaces' go.work.sum can be big). Lines end at
 * '\n' only, as in the go command: a lone '\r' is whitespace inside a line, not a line break.
 */
async function* readGoSum(file) {
    let n = 0;
    let rest = '';
    for await (const chunk of createReadStream(file, 'utf8')) {
        const rows = (rest + chunk).split('\n');
        rest = rows.pop();
        for (const raw of rows) {
            n++;
            if (!isBlankGoSumLine(raw))
                yield parseGoSumLine(raw, n);
        }
    }
    if (rest !== '' && !isBlankGoSumLine(rest))
        yield parseGoSumLine(rest, n + 1);
}
/** Key identifying a go.sum entry: `module version[/go.mod]`. */
function goSumKey(l) {
    return `${l.module} ${l.version}${l.kind === 'go.mod' ? '/go.mod' : ''}`;
}
/** Why a parsed line is malformed (fields, hash encoding, path and version syntax), or undefined. */
function goSumLineSyntaxProblem(l) {
    const refused = l.refusedByGo ? `; the go command refuses the whole file ("malformed go.sum ... wrong number of fields ${l.fieldCount}")` : '';
    if (l.problem === 'merge-conflict marker')
        return {
            kind: 'conflict-marker',
            message: `merge-conflict marker ${JSON.stringify(l.raw.slice(0, 20))} left in go.sum${refused}`,
            refusedByGo: l.refusedByGo
        };
    if (l.problem)
        return { kind: 'malformed', message: `malformed line: ${l.problem}${refused}`, refusedByGo: l.refusedByGo };
    const moduleProblem = moduleVersionProblem(l.module, l.version);
    if (moduleProblem)
        return { kind: 'malformed', message: moduleProblem };
    const colon = l.hash.indexOf(':');
    if (colon <= 0)
        return { kind: 'malformed', message: `hash ${JSON.stringify(l.hash)} has no algorithm prefix (expected h1:...)` };
    const alg = l.hash.slice(0, colon);
    if (alg !== 'h1')
        return {
            kind: 'unknown-hash',
            message: `unknown hash algorithm ${JSON.stringify(alg)}: the go command only checks h1 hashes, so this line protects nothing`
        };
    // Padded base64 of exactly 32 bytes is 43 characters and one '=' (42 and '==' is 31 bytes, 44 unpadded is 33).
    if (!/^[A-Za-z0-9+/]{43}=$/.test(l.hash.slice(colon + 1)))
        return { kind: 'malformed', message: `h1 hash ${JSON.stringify(l.hash)} does not decode to a 32-byte SHA-256` };
    return undefined;
}
// Path and version checks depend on the two strings only. Each module version has two lines
// (zip and /go.mod) and gates check a file more than once, so results are kept (bounded).
const moduleVersionProblems = new Map();
const MODULE_VERSION_MEMO_LIMIT = 50_000;
function moduleVersionProblem(module, version) {
    const key = `${module} ${version}`;
    if (moduleVersionProblems.has(key))
        return moduleVersionProblems.get(key);
    const pathProblem = checkModulePath(module);
    let problem;
    if (pathProblem)
        problem = `invalid module path ${JSON.stringify(module)}: ${pathProblem}`;
    else {
        const versionProblem = checkModuleVersion(module, version);
        if (versionProblem)
            problem = `invalid version ${JSON.stringify(version)} for ${module}: ${versionProblem}`;
    }
    if (moduleVersionProblems.size >= MODULE_VERSION_MEMO_LIMIT)
        moduleVersionProblems.clear();
    moduleVersionProblems.set(key, problem);
    return problem;
}
/** Go's go.sum order (modfetch.WriteGoSum / module.Sort): path, then version by semver, then the zip line before /go.mod. */
function compareGoSumLines(a, b) {
    if (a.module !== b.module)
        return a.module < b.module ? -1 : 1;
    if (a.version !== b.version) {
        const c = compareModuleVersions(a.version, b.version);
        if (c !== 0)
            return c;
    }
    if (a.kind !== b.kind)
        return a.kind === 'zip' ? -1 : 1;
    return a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0;
}
/**
 * Checks a go.sum file line by line: syntax (fields, conflict markers, hash
 * encoding, module path and version), the final newline, identical and
 * conflicting duplicates, zip lines without their /go.mod partner, and order.
 */
function checkGoSum(file, lineCount) {
    const issues = [];
    const good = [];
    for (const l of file.lines) {
        const p = goSumLineSyntaxProblem(l);
        if (p)
            issues.push({ ...p, line: l.line });
        if (!p || p.kind === 'unknown-hash')
            good.push(l);
    }
    if (!file.endsWithNewline) {
        const last = lineCount ?? file.lines[file.lines.length - 1]?.line ?? 1;
        issues.push({ kind: 'missing-final-newline', line: last, message: 'the last line has no newline at the end' });
    }
    const seenLine = new Map();
    const seenKey = new Map();
    for (const l of good) {
        const lineKey = goSumKey(l);
        const text = `${lineKey} ${l.hash}`;
        const first = seenLine.get(text);
        if (first !== undefined) {
            issues.push({ kind: 'duplicate-line', line: l.line, otherLine: first, message: `duplicate of line ${first}` });
            continue;
        }
        seenLine.set(text, l.line);
        const colon = l.hash.indexOf(':');
        const key = `${lineKey} ${colon < 0 ? l.hash : l.hash.slice(0, colon)}`;
        const other = seenKey.get(key);
        if (other) {
            issues.push({
                kind: 'conflicting-hash',
                line: l.line,
                otherLine: other.line,
                message: `${l.module}@${l.version}${l.kind === 'go.mod' ? '/go.mod' : ''} has two different hashes: ${other.hash} (line ${other.line}) and ${l.hash}; at most one can be right`
            });
        }
        else
            seenKey.set(key, l);
    }
    const hasGoMod = new Set(good.filter(l => l.kind === 'go.mod').map(l => `${l.module}@${l.version}`));
    const linesWithIssues = new Set(issues.map(i => i.line));
    for (const l of good) {
        if (l.kind === 'zip' && !hasGoMod.has(`${l.module}@${l.version}`) && !linesWithIssues.has(l.line)) {
            issues.push({ kind: 'missing-go-mod-hash', line: l.line, message: `${l.module}@${l.version} has a module hash but no /go.mod hash line` });
        }
    }
    for (let i = 1; i < good.length; i++) {
        if (compareGoSumLines(good[i - 1], good[i]) > 0) {
            issues.push({
                kind: 'non-canonical-order',
                line: good[i].line,
                message: `out of order: ${goSumKey(good[i])} should come before ${goSumKey(good[i - 1])} (line ${good[i - 1].line}), as the go command writes go.sum`
            });
            break; // One notice says the file needs rewriting; listing every line would drown the rest.
        }
    }
    return issues.sort((a, b) => a.line - b.line);
}

;// CONCATENATED MODULE: ./actions/license-policy/src/base.ts

const SHA_OK = /^[A-Za-z0-9][A-Za-z0-9._/~^-]*$/;
async function readBaseModules(mod, sha) {
    if (!SHA_OK.test(sha))
        return { available: false, sha, why: `the base ref ${sha} is not a commit id or ref name` };
    const short = sha.slice(0, 12);
    const inGit = await runGit(['rev-parse', '--git-dir'], { cwd: mod.dir, timeoutMs: 30_000 });
    if (!inGit.ok)
        return {
            available: false,
            sha,
            why: `${mod.relDir} is not in a git checkout, so the base commit ${short} cannot be read and every module counts as new in this pull request.`
        };
    const tempRefs = [];
    try {
        const commit = await ensureCommit(mod.dir, sha, 'base', tempRefs);
        if (typeof commit !== 'string')
            return {
                available: false,
                sha,
                why: `The base commit ${short} cannot be read (${commit.unavailable.replace(/^the base \S+ /, '')}), so every module counts as new in this pull request; use actions/checkout with fetch-depth: 0.`
            };
        return await readAt(mod, sha, commit);
    }
    finally {
        await dropTempRefs(mod.dir, tempRefs);
    }
}
async function readAt(mod, sha, resolved) {
    const short = sha.slice(0, 12);
    const show = (file) => runGit(['show', `${resolved}:./${file}`], { cwd: mod.dir, timeoutMs: 60_000 });
    const [goMod, goSum] = await Promise.all([show('go.mod'), show('go.sum')]);
    const versions = new Map();
    const add = (p, v) => {
        if (!versions.has(p))
            versions.set(p, new Set());
        versions.get(p).add(v);
    };
    // No go.mod at the base: the module is new, and so is everything it requires (an empty base).
    if (goMod.ok) {
        try {
            const mf = parseModFile(goMod.stdout);
            for (const r of mf.require)
                add(r.path, r.version);
            for (const r of mf.replace)
                if (r.newVersion)
                    add(r.newPath, r.newVersion);
        }
        catch {
            return { available: false, sha, why: `The base commit ${short} has a go.mod for ${mod.path} that cannot be parsed, so every module counts as new.` };
        }
    }
    if (goSum.ok)
        for (const l of parseGoSum(goSum.stdout).lines)
            if (!l.problem && l.kind === 'zip')
                add(l.module, l.version);
    return { available: true, sha: resolved, versions };
}

;// CONCATENATED MODULE: ./packages/core/src/inputs/common-inputs.ts

const COMMON_INPUT_NAMES = (/* unused pure expression or super */ null && (['working-directory', 'modules', 'go-binary', 'fail-on', 'report-path', 'max-annotations']));
function parseCommonInputs(inputs) {
    return {
        workingDirectory: inputs.string('working-directory'),
        modules: inputs.globs('modules'),
        goBinary: inputs.string('go-binary'),
        failOn: inputs.enumeration('fail-on', FAIL_ON_VALUES),
        reportPath: inputs.string('report-path'),
        maxAnnotations: inputs.number('max-annotations', { min: 0, max: 50, integer: true })
    };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
;// CONCATENATED MODULE: ./packages/core/src/inputs/policy-file.ts




/**
 * The policy file: one YAML (or JSON) file a team keeps once and hands to
 * every gate that takes `policy-file` (mod-verify, license-policy,
 * mod-review). Each gate reads its own top-level keys and passes over the
 * keys of the others, so one file can hold the whole dependency policy:
 *
 *   unwanted: {...}            # mod-verify: the dependency ratchet
 *   allowed-references: {...}
 *   pinned: {...}
 *   replace-allow: [...]       # mod-verify and mod-review: replaces that are fine
 *   allow: [...]               # license-policy
 *   deny: [...]
 *   unknown: error
 *   exceptions: [...]
 *   review: {...}              # mod-review: major-allow, major-label, max-new-shipped, rules
 *
 * A key no gate knows is still an error (a typo must not silently drop a
 * rule), named with its line.
 */
const POLICY_FILE_KEYS = {
    'mod-verify': ['unwanted', 'allowed-references', 'pinned', 'replace-allow'],
    'license-policy': ['allow', 'deny', 'unknown', 'exceptions'],
    'mod-review': ['replace-allow', 'review']
};
const EVERY_KEY = [...new Set(Object.values(POLICY_FILE_KEYS).flat())].sort();
/**
 * Reads and parses the policy file for one gate. The file comes from the
 * checkout (the caller resolves it inside the workspace, never through a
 * symlink leading out); it is only parsed, never evaluated.
 */
async function readPolicyFile(absPath, relPath, reader) {
    const bad = (why, line) => {
        throw new ConfigurationError('policy-file', line ? `${relPath}:${line}` : relPath, why);
    };
    let text = '';
    try {
        text = await external_node_fs_namespaceObject.promises.readFile(absPath, 'utf8');
    }
    catch (err) {
        const code = err.code;
        bad(code === 'ENOENT' ? 'the file does not exist' : `the file cannot be read (${code ?? err.message})`);
    }
    // Loaded only for a policy file: the YAML parser is a large part of a bundle, and most runs have none.
    const { parseDocument, LineCounter, isMap } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
    if (doc.errors.length) {
        const e = doc.errors[0];
        bad(`not valid YAML or JSON (${e.message.split('\n')[0]})`, e.linePos?.[0].line);
    }
    const lineOfNode = (node) => {
        const range = node?.range;
        return range ? lines.linePos(range[0]).line : undefined;
    };
    const own = POLICY_FILE_KEYS[reader];
    const entries = [];
    const root = doc.contents;
    if (root !== null) {
        if (!isMap(root))
            bad(`expected a mapping of policy keys (${EVERY_KEY.join(', ')})`, lineOfNode(root));
        for (const pair of root.items) {
            const key = String(pair.key?.value ?? pair.key);
            const line = lineOfNode(pair.key);
            if (!EVERY_KEY.includes(key))
                bad(`unknown key ${paths_quoteExcerpt(key)} (a policy file holds ${EVERY_KEY.join(', ')})`, line);
            if (!own.includes(key))
                continue; // another gate's key
            const node = pair.value;
            const value = node?.toJSON
                ? node.toJSON()
                : (node?.value ?? null);
            entries.push({ key, value, node, line });
        }
    }
    return { file: relPath, text, entries, get: key => entries.find(e => e.key === key), lineOfNode, bad };
}
/** A list of strings under `key` (a single string counts as a list of one). */
function policyStringList(doc, entry, what) {
    const list = typeof entry.value === 'string' ? [entry.value] : entry.value;
    if (!Array.isArray(list) || list.some(x => typeof x !== 'string'))
        return doc.bad(`'${entry.key}' must be a list of ${what}`, entry.line);
    return list;
}
/** A list of module path globs under `key`, each one picomatch compiles (as the glob inputs take them). */
function policyGlobList(doc, entry) {
    const globs = policyStringList(doc, entry, 'module path globs');
    for (const g of globs) {
        if (!g.trim())
            doc.bad(`'${entry.key}': an empty pattern matches nothing`, entry.line);
        try {
            picomatch.makeRe(g);
        }
        catch (err) {
            doc.bad(`'${entry.key}': ${quoteExcerpt(g)} is not a valid glob (${err.message})`, entry.line);
        }
    }
    return globs;
}

// EXTERNAL MODULE: ./node_modules/spdx-expression-parse/index.js
var spdx_expression_parse = __nccwpck_require__(3326);
var spdx_expression_parse_default = /*#__PURE__*/__nccwpck_require__.n(spdx_expression_parse);
// EXTERNAL MODULE: ./node_modules/spdx-satisfies/index.js
var spdx_satisfies = __nccwpck_require__(5131);
var spdx_satisfies_default = /*#__PURE__*/__nccwpck_require__.n(spdx_satisfies);
;// CONCATENATED MODULE: ./actions/license-policy/src/spdx.ts


/**
 * SPDX expressions as the policy judges them: parsed and satisfied by the
 * maintained libraries (spdx-expression-parse, spdx-satisfies), with
 * deprecated ids mapped to their current ones first, so `GPL-2.0` in a policy
 * and `GPL-2.0-only` in a module mean the same license.
 */
/** Deprecated SPDX ids and what the SPDX list says replaces them (`X+` becomes X-or-later). */
const DEPRECATED = {
    'AGPL-1.0': 'AGPL-1.0-only',
    'AGPL-3.0': 'AGPL-3.0-only',
    'GFDL-1.1': 'GFDL-1.1-only',
    'GFDL-1.2': 'GFDL-1.2-only',
    'GFDL-1.3': 'GFDL-1.3-only',
    'GPL-1.0': 'GPL-1.0-only',
    'GPL-2.0': 'GPL-2.0-only',
    'GPL-3.0': 'GPL-3.0-only',
    'LGPL-2.0': 'LGPL-2.0-only',
    'LGPL-2.1': 'LGPL-2.1-only',
    'LGPL-3.0': 'LGPL-3.0-only',
    'GPL-2.0-with-GCC-exception': 'GPL-2.0-only WITH GCC-exception-2.0',
    'GPL-2.0-with-autoconf-exception': 'GPL-2.0-only WITH Autoconf-exception-2.0',
    'GPL-2.0-with-bison-exception': 'GPL-2.0-only WITH Bison-exception-2.2',
    'GPL-2.0-with-classpath-exception': 'GPL-2.0-only WITH Classpath-exception-2.0',
    'GPL-2.0-with-font-exception': 'GPL-2.0-only WITH Font-exception-2.0',
    'GPL-3.0-with-GCC-exception': 'GPL-3.0-only WITH GCC-exception-3.1',
    'GPL-3.0-with-autoconf-exception': 'GPL-3.0-only WITH Autoconf-exception-3.0',
    'BSD-2-Clause-FreeBSD': 'BSD-2-Clause-Views',
    'BSD-2-Clause-NetBSD': 'BSD-2-Clause',
    'StandardML-NJ': 'SMLNJ',
    'bzip2-1.0.5': 'bzip2-1.0.6',
    Nunit: 'zlib-acknowledgement',
    'eCos-2.0': 'GPL-2.0-or-later WITH eCos-exception-2.0',
    wxWindows: 'LGPL-2.0-or-later WITH WxWindows-exception-3.1'
};
const REF_RE = /^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/;
/** The id itself when it is on the SPDX list (current or deprecated, as the parser knows them) or a LicenseRef-, else undefined. */
function canonicalId(id) {
    if (REF_RE.test(id))
        return id;
    try {
        const n = spdx_expression_parse_default()(id);
        return 'license' in n && n.license === id ? id : undefined;
    }
    catch {
        return undefined;
    }
}
function render(n, top = true) {
    if ('license' in n)
        return `${n.license}${n.plus ? '+' : ''}${n.exception ? ` WITH ${n.exception}` : ''}`;
    const s = `${render(n.left, false)} ${n.conjunction.toUpperCase()} ${render(n.right, false)}`;
    return top ? s : `(${s})`;
}
function modernise(n) {
    if (!('license' in n))
        return { left: modernise(n.left), conjunction: n.conjunction, right: modernise(n.right) };
    const repl = DEPRECATED[n.license];
    if (!repl)
        return n;
    if (repl.includes(' WITH ')) {
        const [id, exception] = repl.split(' WITH ');
        return { license: n.plus ? id.replace(/-only$/, '-or-later') : id, exception };
    }
    if (n.plus && repl.endsWith('-only'))
        return { license: repl.replace(/-only$/, '-or-later'), ...(n.exception ? { exception: n.exception } : {}) };
    return { license: repl, ...(n.plus ? { plus: true } : {}), ...(n.exception ? { exception: n.exception } : {}) };
}
/**
 * Parses an SPDX expression and returns it with current ids, or throws an
 * Error whose message says what is wrong (an unknown id by name, else the
 * parser's complaint).
 */
function normaliseExpression(expression) {
    const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? [];
    if (!tokens.length)
        throw new Error('the expression is empty');
    let afterWith = false;
    const fixed = [];
    for (const t of tokens) {
        const upper = t.toUpperCase();
        if (['AND', 'OR', 'WITH'].includes(upper)) {
            fixed.push(upper);
            afterWith = upper === 'WITH';
            continue;
        }
        if (t === '(' || t === ')') {
            fixed.push(t);
            continue;
        }
        if (afterWith) {
            fixed.push(t);
            afterWith = false;
            continue;
        }
        const id = canonicalId(t.replace(/\+$/, ''));
        if (!id)
            throw new Error(`unknown SPDX license id "${t.replace(/\+$/, '')}" (see https://spdx.org/licenses/; use LicenseRef-… for others)`);
        fixed.push(id + (t.endsWith('+') ? '+' : ''));
    }
    let tree;
    try {
        tree = spdx_expression_parse_default()(fixed.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')'));
    }
    catch (err) {
        const msg = err instanceof TypeError ? 'it ends too early or an operator has no operand' : err.message;
        throw new Error(`not a valid SPDX expression: ${msg}`, { cause: err });
    }
    return render(modernise(tree));
}
/** The license ids (with WITH exceptions) an expression names, normalised. */
function expressionLeaves(expression) {
    const out = [];
    const walk = (n) => {
        if ('license' in n)
            out.push(render(n));
        else {
            walk(n.left);
            walk(n.right);
        }
    };
    walk(spdx_expression_parse_default()(expression));
    return out;
}
const spdx_cache = new Map();
/**
 * SPDX's meaning: OR passes when either side passes, AND when both do.
 * Denied ids are taken out of the allowed set first; an expression nothing
 * allowed satisfies is `denied` when every way to satisfy it needs a denied
 * id, else `not-allowed`.
 */
function judgeExpression(expression, policy) {
    const key = `${expression}\0${policy.allow.join(',')}\0${policy.deny.join(',')}`;
    const hit = spdx_cache.get(key);
    if (hit)
        return hit;
    const deny = new Set(policy.deny);
    const leaves = expressionLeaves(expression);
    const isDenied = (leaf) => deny.has(leaf) || deny.has(leaf.split(' WITH ')[0]);
    const allowed = (policy.allow.length ? policy.allow : leaves).filter(l => !isDenied(l));
    let verdict;
    if (allowed.length && spdx_satisfies_default()(expression, allowed))
        verdict = 'allowed';
    else {
        const undenied = leaves.filter(l => !isDenied(l));
        verdict = undenied.length && spdx_satisfies_default()(expression, undenied) ? 'not-allowed' : 'denied';
    }
    spdx_cache.set(key, verdict);
    return verdict;
}

;// CONCATENATED MODULE: ./actions/license-policy/src/policy-file.ts




/**
 * license-policy's keys of the policy file (YAML or JSON, shared with
 * mod-verify and mod-review, whose keys it passes over):
 *
 *   allow: [MIT, Apache-2.0, BSD-3-Clause]   # replaces the allow input
 *   deny: [AGPL-3.0-only]                    # joins the deny input
 *   unknown: error                           # error | warn | allow
 *   exceptions:
 *     - module: example.com/internal/*       # module path glob
 *       version: ">=1.2.0 <2.0.0"            # optional semver range (Go versions)
 *       license: MIT                          # the license to assume, or `allow`
 *       reason: vendor contract, legal ticket LEGAL-42
 *       expires: 2027-06-30                   # optional; after it the exception is a finding
 */
const UNKNOWN_HANDLING = ['error', 'warn', 'allow'];
const EXCEPTION_KEYS = ['module', 'version', 'license', 'reason', 'expires'];
/** A module path glob as the policy takes it: no spaces, and a pattern picomatch can compile strictly. */
function compileModuleGlob(glob) {
    if (!glob || /\s/.test(glob))
        throw new Error('a module path glob has no spaces and is not empty');
    return picomatch_default()(glob, { strictBrackets: true, dot: true });
}
/** Checks a list of SPDX ids (allow / deny), returning the ids as written. */
function checkIdList(ids, bad) {
    return ids.map(id => {
        if (id.includes(' WITH ')) {
            try {
                return normaliseExpression(id);
            }
            catch (err) {
                return bad(`${paths_quoteExcerpt(id)}: ${err.message}`);
            }
        }
        const plus = id.endsWith('+') ? '+' : '';
        if (!canonicalId(id.slice(0, id.length - plus.length)))
            return bad(`unknown SPDX license id ${paths_quoteExcerpt(id)} (see https://spdx.org/licenses/; use LicenseRef-… for others)`);
        return normaliseExpression(id);
    });
}
/** license-policy's part of the shared policy file (readPolicyFile skips the other gates' keys). */
async function loadPolicyFile(absPath, relPath) {
    const doc = await readPolicyFile(absPath, relPath, 'license-policy');
    const out = { file: relPath, exceptions: [] };
    for (const entry of doc.entries) {
        const { key, line } = entry;
        if (key === 'allow' || key === 'deny') {
            const list = policyStringList(doc, entry, 'SPDX license ids');
            out[key] = checkIdList(list, why => doc.bad(`${key}: ${why}`, line));
        }
        else if (key === 'unknown') {
            if (!UNKNOWN_HANDLING.includes(entry.value))
                doc.bad(`'unknown' must be one of: ${UNKNOWN_HANDLING.join(', ')}`, line);
            out.unknown = entry.value;
        }
        else {
            const { isSeq } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
            if (!isSeq(entry.node))
                doc.bad("'exceptions' must be a list of entries (module, license, reason, and optionally version and expires)", line);
            for (const item of entry.node.items)
                out.exceptions.push(parseException(item, doc.lineOfNode(item) ?? line ?? 1, doc.bad));
        }
    }
    return out;
}
function parseException(node, line, bad) {
    const js = node?.toJSON?.();
    if (js === null || typeof js !== 'object' || Array.isArray(js))
        return bad('an exception must be a mapping with module, license and reason', line);
    const e = js;
    for (const k of Object.keys(e))
        if (!EXCEPTION_KEYS.includes(k))
            bad(`exception: unknown key ${paths_quoteExcerpt(k)} (expected ${EXCEPTION_KEYS.join(', ')})`, line);
    const str = (k, required) => {
        const v = e[k];
        if (v === undefined || v === null || v === '')
            return required ? bad(`exception: '${k}' is required`, line) : undefined;
        if (typeof v !== 'string' && typeof v !== 'number')
            return bad(`exception: '${k}' must be a string`, line);
        return String(v).trim();
    };
    const module = str('module', true);
    let matches;
    try {
        matches = compileModuleGlob(module);
    }
    catch (err) {
        return bad(`exception: module ${paths_quoteExcerpt(module)} is not a valid glob (${err.message})`, line);
    }
    const version = str('version', false);
    if (version !== undefined && semver_default().validRange(version.replace(/(^|[\s<>=^~])v(\d)/g, '$1$2')) === null)
        bad(`exception for ${module}: version ${paths_quoteExcerpt(version)} is not a version or range (e.g. v1.2.3, ">=1.2.0 <2.0.0")`, line);
    let license = str('license', true);
    if (license !== 'allow') {
        try {
            license = normaliseExpression(license);
        }
        catch (err) {
            bad(`exception for ${module}: license ${paths_quoteExcerpt(license)}: ${err.message}`, line);
        }
    }
    const reason = str('reason', true);
    const expires = str('expires', false);
    if (expires !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(expires) && !Number.isNaN(Date.parse(`${expires}T00:00:00Z`))))
        bad(`exception for ${module}: expires ${paths_quoteExcerpt(expires)} is not a date (YYYY-MM-DD)`, line);
    return { module, matches, version, license, reason, expires, line };
}
/** Whether an exception covers module@version (Go versions: v-prefixed semver, pseudo-versions are pre-releases). */
function exceptionApplies(e, modulePath, version) {
    if (!e.matches(modulePath))
        return false;
    if (!e.version)
        return true;
    const v = version.replace(/^v/, '');
    const range = e.version.replace(/(^|[\s<>=^~])v(\d)/g, '$1$2');
    return semver_default().valid(v) !== null && semver_default().satisfies(v, range, { includePrerelease: true });
}
/** The exception is past its last day (`expires` is the last day it applies, UTC). */
function exceptionExpired(e, now) {
    return e.expires !== undefined && now.getTime() >= Date.parse(`${e.expires}T00:00:00Z`) + 86_400_000;
}

;// CONCATENATED MODULE: ./actions/license-policy/src/action-defaults.generated.ts
// Generated from actions/license-policy/action.yml by scripts/readme-tables.ts: do not edit.
// The inputs' defaults, as the runner applies them in a job (Inputs reads them for the CLI and the tests).
const ACTION_DEFAULTS = {
    "working-directory": ".",
    "fail-on": "error",
    "max-annotations": "10",
    "mode": "auto",
    "packages": "./...",
    "test-dependencies": "exclude",
    "allow": "0BSD, Apache-2.0, BlueOak-1.0.0, BSD-2-Clause, BSD-3-Clause, CC0-1.0, ISC, MIT, MIT-0, MPL-2.0, Unlicense, UPL-1.0, Zlib, CC-BY-4.0, CC-BY-SA-4.0, OFL-1.1",
    "unknown": "error",
    "new-only": "false"
};

;// CONCATENATED MODULE: ./actions/license-policy/src/inputs.ts



const MODES = ['auto', 'app', 'module'];
const TEST_DEPENDENCY_HANDLING = ['exclude', 'include'];
function parseInputs(source) {
    const inputs = new Inputs(source, ACTION_DEFAULTS);
    const ids = (name) => checkIdList(inputs.list(name), why => {
        throw new ConfigurationError(name, inputs.raw(name), why);
    });
    const baseRef = inputs.string('base-ref');
    if (baseRef && !/^[A-Za-z0-9][A-Za-z0-9._/~^-]*$/.test(baseRef))
        throw new ConfigurationError('base-ref', baseRef, 'expected a commit id or ref name (letters, digits, . _ / - ~ ^)');
    return {
        ...parseCommonInputs(inputs),
        mode: inputs.enumeration('mode', MODES),
        packages: inputs.list('packages').length ? inputs.list('packages') : ['./...'],
        targets: inputs.list('targets').map(t => parsePlatform('targets', t)),
        tags: inputs.list('tags'),
        testDependencies: inputs.enumeration('test-dependencies', TEST_DEPENDENCY_HANDLING),
        allow: ids('allow'),
        deny: ids('deny'),
        unknown: inputs.enumeration('unknown', UNKNOWN_HANDLING),
        policyFile: inputs.string('policy-file'),
        newOnly: inputs.boolean('new-only'),
        baseRef,
        noticesPath: inputs.string('notices-path'),
        reportCsv: inputs.string('report-csv')
    };
}

;// CONCATENATED MODULE: ./actions/license-policy/src/rules.ts
/** Every finding license-policy reports: the README's rule table is generated from this list. */
const RULES = [
    {
        id: 'license-denied',
        severity: 'error (notice under `new-only` when not new)',
        description: 'Every way to satisfy the module’s license expression needs a license on the deny list.',
        example: '`go.mod:9` example.com/sbom/apachelib@v1.2.0 is licensed Apache-2.0, which the policy denies (Apache-2.0); found LICENSE: Apache-2.0 (coverage 100%). It is pulled in by example.com/sbom/mitlib: example.com/licapp → example.com/sbom/mitlib → example.com/sbom/apachelib.'
    },
    {
        id: 'license-not-allowed',
        severity: 'error (notice under `new-only` when not new)',
        description: 'The module’s license expression is not satisfied by the allowed licenses (A OR B needs one allowed, A AND B both).',
        example: '`go.mod:8` example.com/sbom/dual@v1.0.0 is licensed Apache-2.0 AND MIT, which the allowed licenses (MIT, BSD-3-Clause) do not satisfy; found LICENSE-APACHE: Apache-2.0 (coverage 100%); LICENSE-MIT: MIT (coverage 100%). New in this pull request.'
    },
    {
        id: 'license-unknown',
        severity: 'error (warning with `unknown: warn`, none with `unknown: allow`; notice under `new-only` when not new)',
        description: 'No license was recognised for the module (no license file, or a text that matches no SPDX license well enough): NOASSERTION.',
        example: '`go.mod:7` example.com/sbom/custom@v1.0.0 has no recognised license (NOASSERTION): LICENSE: no SPDX license recognised (coverage 0%).'
    },
    {
        id: 'exception-expired',
        severity: 'error',
        description: 'A policy-file exception is past its `expires` date: it no longer applies, and says so at its line.',
        example: '`licenses.yaml:2` The exception for example.com/sbom/custom expired on 2024-01-31 (reason: bespoke license reviewed by legal (LEGAL-7)), so it no longer applies; renew it or drop the dependency.'
    },
    {
        id: 'exception-unused',
        severity: 'notice',
        description: 'A policy-file exception matches no judged module: remove it so it cannot hide a later dependency.',
        example: '`licenses.yaml:10` The exception for example.com/gone/* matches no module that ships; remove it so it cannot hide a later dependency.'
    },
    {
        id: 'base-unavailable',
        severity: 'warning (notice without `new-only`)',
        description: 'The pull request’s base commit is neither in the checkout nor fetchable from origin by its SHA, or has no go.mod there: nothing can be said to be new, so every module is judged as new.',
        example: 'The base commit 0123456789ab cannot be read (is not in the checkout (a shallow clone) and could not be fetched from origin: "fatal: could not read Username"), so every module counts as new in this pull request; use actions/checkout with fetch-depth: 0.'
    },
    {
        id: 'module-missing',
        severity: 'error',
        description: 'A module of the set has no files in the module cache or vendor/ to read its license from.',
        example: 'example.com/x@v1.0.0 has no files in the module cache or vendor/ (run go mod download example.com/x@v1.0.0), so its license cannot be judged.'
    }
];

;// CONCATENATED MODULE: ./actions/license-policy/src/main.ts









async function execute(inputs, deps) {
    const { go, discovery, workspace, env } = deps;
    const roots = pathRoots(workspace, env);
    // Every path input is checked before anything runs: a bad one is one clear error and nothing is written.
    const noticesTarget = inputs.noticesPath
        ? resolvePathInput(inputs.noticesPath, { input: 'notices-path', use: 'write-file', roots: WORKSPACE_OR_RUNNER_TEMP }, roots)
        : undefined;
    const csvTarget = inputs.reportCsv
        ? resolvePathInput(inputs.reportCsv, { input: 'report-csv', use: 'write-file', roots: WORKSPACE_OR_RUNNER_TEMP }, roots)
        : undefined;
    let policyFile;
    if (inputs.policyFile) {
        // Checkout content: read only inside the workspace, never through a symlink that leads out.
        const file = resolvePathInput(inputs.policyFile, { input: 'policy-file', use: 'read-file', roots: WORKSPACE_ONLY }, roots);
        policyFile = await loadPolicyFile(file.path, toPosixRelative(workspace, file.path));
    }
    const policy = {
        allow: policyFile?.allow ?? inputs.allow,
        deny: [...new Set([...inputs.deny, ...(policyFile?.deny ?? [])])]
    };
    const ctx = {
        inputs,
        deps,
        policy,
        unknown: policyFile?.unknown ?? inputs.unknown,
        policyFile,
        usedExceptions: new Set(),
        now: new Date()
    };
    const goEnv = await go.goEnv();
    if (inputs.targets.length)
        supportedPlatforms(await distList(go), 'targets', inputs.targets);
    const event = readWorkflowEvent(env);
    const baseSha = inputs.baseRef || event.pullRequest?.baseSha || '';
    const findings = [];
    if (inputs.newOnly && !baseSha)
        findings.push({
            rule: 'base-unavailable',
            severity: 'notice',
            message: `new-only is set, but this ${event.eventName || 'run'} has no pull request base and base-ref is empty: every module is judged.`
        });
    const reader = new LicenseReader();
    const goWorkEnv = await isolatedGoWorkEnv(discovery, deps.tempDir);
    const workspaceModules = new Map(discovery.modules.map(m => [m.path, m]));
    const judged = [];
    let noMain;
    let baseNoted = false;
    // The license texts unpack while go lists the first module's packages.
    const sets = discovery.modules.map(mod => loadComponentSet(go, {
        mod,
        env: goWorkEnv,
        goEnv,
        workspace,
        mode: inputs.mode,
        patterns: inputs.packages,
        targets: inputs.targets,
        tags: inputs.tags,
        excludeTestOnly: inputs.testDependencies === 'exclude',
        workspaceModules,
        licenses: reader
    }));
    for (const s of sets)
        s.catch(() => undefined); // awaited, and reported, below
    try {
        // 130 ms of CPU, worth it only when there are dependencies to judge (a module requiring nothing has none).
        if (discovery.modules.some(m => m.modFile.require.length > 0))
            prepareLicenseMatching();
    }
    catch {
        // Met again, and reported, where a license is matched.
    }
    for (const [i, mod] of discovery.modules.entries()) {
        let set;
        try {
            set = await sets[i];
        }
        catch (err) {
            if (!(err instanceof NoMainPackageError) || discovery.modules.length === 1)
                throw err;
            noMain ??= err;
            continue;
        }
        const base = baseSha ? await readBaseModules(mod, baseSha) : undefined;
        if (base && !base.available && !baseNoted) {
            baseNoted = true;
            findings.push({ rule: 'base-unavailable', severity: inputs.newOnly ? 'warning' : 'notice', module: mod.path, message: base.why });
        }
        const seen = new Set();
        const members = set.members.filter(m => {
            const key = `${m.path}@${m.version}`;
            if (m.kind !== 'module' || seen.has(key))
                return false;
            seen.add(key);
            return true;
        });
        const baseLicenses = base?.available ? await licensesAtBase(ctx, members, base, reader) : new Map();
        for (const m of members) {
            const j = judge(ctx, mod, m, set.graph, base, baseLicenses);
            judged.push(j);
            const f = findingFor(ctx, mod, j);
            if (f)
                findings.push(f);
        }
    }
    if (judged.length === 0 && noMain)
        throw noMain;
    findings.push(...exceptionFindings(ctx));
    const unique = uniqueModules(judged);
    const counts = {};
    for (const j of unique)
        counts[j.license] = (counts[j.license] ?? 0) + 1;
    const outputs = {
        'license-counts': JSON.stringify(Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)))),
        'unknown-count': unique.filter(j => j.verdict === 'unknown' || j.verdict === 'missing').length,
        'denied-count': unique.filter(j => j.verdict === 'denied' || j.verdict === 'not-allowed').length,
        'new-count': unique.filter(j => j.new).length
    };
    if (noticesTarget) {
        await writeResolvedFile(noticesTarget, await noticesText(unique));
        outputs['notices-path'] = noticesTarget.path;
    }
    if (csvTarget) {
        await writeResolvedFile(csvTarget, csvText(unique));
        outputs['report-csv'] = csvTarget.path;
    }
    const bad = Number(outputs['denied-count']) + Number(outputs['unknown-count']);
    return {
        findings,
        headline: `${unique.length} module${unique.length === 1 ? '' : 's'} judged against the license policy${bad ? `: ${outputs['denied-count']} not allowed, ${outputs['unknown-count']} unknown` : ', all allowed'}${baseSha ? `; ${outputs['new-count']} new in this pull request` : ''}.`,
        sections: sections(ctx, unique, counts),
        outputs,
        data: {
            policy: {
                allow: policy.allow,
                deny: policy.deny,
                unknown: ctx.unknown,
                policyFile: policyFile?.file,
                newOnly: inputs.newOnly,
                base: baseSha || undefined
            },
            modules: judged.map(j => ({ ...j, dir: undefined }))
        }
    };
}
/** The licenses at the base of modules whose version changed (from the module cache, downloading what is missing). */
async function licensesAtBase(ctx, members, base, reader) {
    const { go } = ctx.deps;
    const goEnv = await go.goEnv();
    const wanted = [];
    for (const m of members) {
        if (m.local)
            continue;
        const versions = base.versions.get(m.path);
        if (!versions || versions.has(m.version))
            continue;
        for (const v of versions)
            wanted.push({ key: `${m.path}@${m.version}`, path: m.path, version: v });
    }
    const out = new Map();
    if (!wanted.length || !goEnv.GOMODCACHE)
        return out;
    const dirOf = (p, v) => external_node_path_namespaceObject.join(goEnv.GOMODCACHE, `${escapeModulePath(p)}@${escapeModuleVersion(v)}`);
    const missing = wanted.filter(w => !existsDir(dirOf(w.path, w.version)));
    await downloadOutsideModule(go, missing.map(w => `${w.path}@${w.version}`), { tempDir: ctx.deps.tempDir });
    for (const w of wanted) {
        const r = await reader.read(dirOf(w.path, w.version), 'module-cache');
        if (r.source === 'none')
            continue;
        out.set(w.key, [...(out.get(w.key) ?? []), r.expression]);
    }
    return out;
}
function existsDir(dir) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(dir).isDirectory();
    }
    catch {
        return false;
    }
}
function judge(ctx, mod, m, graph, base, baseLicenses) {
    const lic = m.license ?? { expression: NOASSERTION, files: [], copyright: [], source: 'none' };
    let detected = lic.expression;
    if (detected !== NOASSERTION) {
        try {
            detected = normaliseExpression(detected);
        }
        catch {
            detected = NOASSERTION;
        }
    }
    const j = {
        mainModule: mod.path,
        path: m.path,
        version: m.version,
        replaces: m.replaces ? m.replaces.path : undefined,
        detected,
        license: detected,
        verdict: 'allowed',
        direct: m.direct,
        testOnly: m.testOnly,
        files: lic.files,
        chain: chainTo(mod, m, graph),
        dir: m.dir
    };
    if (base) {
        if (!base.available)
            j.new = true;
        else {
            const known = base.versions.has(m.path) || base.versions.has(m.listed.Path);
            const before = baseLicenses.get(`${m.path}@${m.version}`);
            const relicensed = before !== undefined && before.length > 0 && !before.includes(lic.expression);
            j.new = !known || relicensed;
            if (known && relicensed)
                j.licenseAtBase = before;
        }
    }
    const exception = ctx.policyFile?.exceptions.find(e => exceptionApplies(e, m.path, m.version) || exceptionApplies(e, m.listed.Path, m.listed.Version ?? m.version));
    if (exception) {
        ctx.usedExceptions.add(exception);
        if (!exceptionExpired(exception, ctx.now)) {
            j.exception = { line: exception.line, reason: exception.reason, expires: exception.expires };
            if (exception.license === 'allow') {
                j.verdict = 'excepted';
                return j;
            }
            j.license = exception.license;
        }
    }
    if (lic.source === 'none' && !j.exception)
        j.verdict = 'missing';
    else if (j.license === NOASSERTION)
        j.verdict = 'unknown';
    else
        j.verdict = judgeExpression(j.license, ctx.policy);
    return j;
}
/** Main module → … → the module, over the package graph's module edges (what `go mod why -m` shows, by module). */
function chainTo(mod, m, graph) {
    const start = listedModuleKey({ Path: mod.path, Main: true });
    const goal = listedModuleKey(m.listed);
    const prev = new Map([[start, '']]);
    const queue = [start];
    while (queue.length) {
        const k = queue.shift();
        if (k === goal)
            break;
        for (const next of [...(graph.edges.get(k) ?? [])].sort()) {
            if (prev.has(next))
                continue;
            prev.set(next, k);
            queue.push(next);
        }
    }
    if (!prev.has(goal))
        return [];
    const keys = [];
    for (let k = goal; k; k = prev.get(k))
        keys.unshift(k);
    return keys.map(k => k.slice(0, k.lastIndexOf('@')));
}
function pct(n) {
    return `${Math.round(n * 100)}%`;
}
function whatWasFound(j) {
    if (!j.files.length)
        return 'no license file at the module root';
    return j.files.map(f => `${f.file}: ${f.recognised ? f.ids.join(' AND ') : 'no SPDX license recognised'} (coverage ${pct(f.coverage)})`).join('; ');
}
/** A policy-file entry that, pasted under `exceptions:`, makes the module pass. */
function pasteableException(ctx, j) {
    const expires = new Date(ctx.now.getTime() + 90 * 86_400_000).toISOString().slice(0, 10);
    return `- { module: "${j.path}", version: "${j.version}", license: allow, reason: "TODO: why ${j.license === NOASSERTION ? 'its license is acceptable' : j.license + ' is acceptable here'}", expires: "${expires}" }`;
}
function findingFor(ctx, mod, j) {
    let rule;
    let severity = 'error';
    let what;
    const subject = `${j.path}@${j.version}`;
    const assumed = j.exception && j.license !== j.detected ? ` (assumed by the exception at ${ctx.policyFile.file}:${j.exception.line}; detected ${j.detected})` : '';
    switch (j.verdict) {
        case 'allowed':
        case 'excepted':
            return undefined;
        case 'denied':
            rule = 'license-denied';
            what = `${subject} is licensed ${j.license}${assumed}, which the policy denies (${ctx.policy.deny.join(', ')}); found ${whatWasFound(j)}.`;
            break;
        case 'not-allowed':
            rule = 'license-not-allowed';
            what = `${subject} is licensed ${j.license}${assumed}, which the allowed licenses (${ctx.policy.allow.join(', ') || 'none'}) do not satisfy; found ${whatWasFound(j)}.`;
            break;
        case 'unknown':
            if (ctx.unknown === 'allow')
                return undefined;
            rule = 'license-unknown';
            severity = ctx.unknown === 'warn' ? 'warning' : 'error';
            what = `${subject} has no recognised license (NOASSERTION): ${whatWasFound(j)}.`;
            break;
        case 'missing':
            rule = 'module-missing';
            what = `${subject} has no files in the module cache or vendor/ (run go mod download ${subject}), so its license cannot be judged.`;
            break;
    }
    const req = mod.modFile.require.find(r => r.path === (j.chain[1] ?? j.replaces ?? j.path)) ?? mod.modFile.require.find(r => r.path === (j.replaces ?? j.path));
    let where = '';
    if (j.chain.length > 2)
        where = ` It is pulled in by ${j.chain[1]}: ${j.chain.join(' → ')}.`;
    if (ctx.inputs.newOnly && j.new === false) {
        severity = 'notice';
        where += ' Not new in this pull request (new-only).';
    }
    else if (j.licenseAtBase)
        where += ` New in this pull request: the base's version was licensed ${j.licenseAtBase.join(', ')}.`;
    else if (j.new)
        where += ' New in this pull request.';
    return {
        rule,
        severity,
        module: mod.path,
        file: mod.goModFile,
        line: req?.line ?? mod.modFile.module?.line,
        title: `${rule === 'license-unknown' ? 'Unknown license' : rule === 'module-missing' ? 'Module missing' : 'License not allowed'}: ${j.path}`,
        message: what + where,
        fix: rule === 'module-missing'
            ? { description: 'Download the module', command: `go mod download ${subject}` }
            : {
                description: `Drop the dependency, or add this exception to ${ctx.policyFile?.file ?? 'a policy-file'} under exceptions: ${pasteableException(ctx, j)}`
            }
    };
}
function exceptionFindings(ctx) {
    const out = [];
    for (const e of ctx.policyFile?.exceptions ?? []) {
        const file = ctx.policyFile.file;
        if (exceptionExpired(e, ctx.now) && ctx.usedExceptions.has(e)) {
            out.push({
                rule: 'exception-expired',
                severity: 'error',
                file,
                line: e.line,
                title: `Exception expired: ${e.module}`,
                message: `The exception for ${e.module} expired on ${e.expires} (reason: ${e.reason}), so it no longer applies; renew it or drop the dependency.`
            });
        }
        else if (!ctx.usedExceptions.has(e)) {
            out.push({
                rule: 'exception-unused',
                severity: 'notice',
                file,
                line: e.line,
                message: `The exception for ${e.module}${e.version ? ` ${e.version}` : ''} matches no module that ships; remove it so it cannot hide a later dependency.`
            });
        }
    }
    return out;
}
function uniqueModules(judged) {
    const byKey = new Map();
    for (const j of judged)
        if (!byKey.has(`${j.path}@${j.version}`))
            byKey.set(`${j.path}@${j.version}`, j);
    return [...byKey.values()].sort((a, b) => a.path.localeCompare(b.path) || a.version.localeCompare(b.version));
}
function sections(ctx, unique, counts) {
    const verdictText = (j) => (j.verdict === 'excepted' ? `allowed by exception (line ${j.exception.line})` : j.verdict);
    const rows = unique.map(j => [
        code(`${j.path}@${j.version}`),
        code(j.license),
        verdictText(j),
        j.direct ? 'direct' : j.chain.length > 2 ? `via ${j.chain[1]}` : 'indirect',
        j.new === undefined ? '' : j.new ? 'new' : ''
    ]);
    const blocks = [
        { kind: 'heading', level: 3, text: 'Licenses' },
        {
            kind: 'table',
            columns: ['License', 'Modules'],
            rows: Object.entries(counts)
                .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
                .map(([l, n]) => [code(l), n]),
            align: ['left', 'right']
        },
        {
            kind: 'paragraph',
            text: `Allowed: ${ctx.policy.allow.join(', ') || 'every license not denied'}. Denied: ${ctx.policy.deny.join(', ') || 'none'}. Unknown licenses: ${ctx.unknown}.${ctx.policyFile ? ` Policy file: ${ctx.policyFile.file}.` : ''}`
        },
        {
            kind: 'details',
            summary: `Every judged module (${unique.length})`,
            blocks: [{ kind: 'table', columns: ['Module', 'License', 'Verdict', 'Reached', 'In this PR'], rows }]
        }
    ];
    return blocks;
}
/** Third-party notices: each shipped module, its license and the full text of its license files (as go-licenses save/report gather). */
async function noticesText(unique) {
    const parts = ['THIRD-PARTY NOTICES', '', 'This software includes the following modules, under the licenses below.', ''];
    for (const j of unique) {
        parts.push('='.repeat(78), `${j.path} ${j.version}`, `License: ${j.license}`, '');
        for (const f of j.files) {
            if (!j.dir)
                break;
            const text = await external_node_fs_namespaceObject.promises.readFile(external_node_path_namespaceObject.join(j.dir, f.file), 'utf8').catch(() => '');
            parts.push(`--- ${f.file} ---`, text.trimEnd(), '');
        }
        if (!j.files.length)
            parts.push('(no license file found)', '');
    }
    return parts.join('\n') + '\n';
}
/** A CSV cell, quoted, and never a formula when a spreadsheet opens it. */
function csvCell(v) {
    let s = v === undefined ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s))
        s = `'${s}`;
    return `"${s.replace(/"/g, '""')}"`;
}
function csvText(unique) {
    const lines = ['module,version,license,detected,verdict,direct,new,files'];
    for (const j of unique)
        lines.push([j.path, j.version, j.license, j.detected, j.verdict, j.direct, j.new === undefined ? '' : j.new, j.files.map(f => f.file).join(' ')]
            .map(csvCell)
            .join(','));
    return lines.join('\n') + '\n';
}
const gate = {
    name: 'license-policy',
    rules: RULES,
    parseInputs: parseInputs,
    execute
};
async function run() {
    await runGate(gate);
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3988:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["389-exception","Asterisk-exception","Autoconf-exception-2.0","Autoconf-exception-3.0","Autoconf-exception-generic","Autoconf-exception-generic-3.0","Autoconf-exception-macro","Bison-exception-1.24","Bison-exception-2.2","Bootloader-exception","Classpath-exception-2.0","CLISP-exception-2.0","cryptsetup-OpenSSL-exception","DigiRule-FOSS-exception","eCos-exception-2.0","Fawkes-Runtime-exception","FLTK-exception","fmt-exception","Font-exception-2.0","freertos-exception-2.0","GCC-exception-2.0","GCC-exception-2.0-note","GCC-exception-3.1","Gmsh-exception","GNAT-exception","GNOME-examples-exception","GNU-compiler-exception","gnu-javamail-exception","GPL-3.0-interface-exception","GPL-3.0-linking-exception","GPL-3.0-linking-source-exception","GPL-CC-1.0","GStreamer-exception-2005","GStreamer-exception-2008","i2p-gpl-java-exception","KiCad-libraries-exception","LGPL-3.0-linking-exception","libpri-OpenH323-exception","Libtool-exception","Linux-syscall-note","LLGPL","LLVM-exception","LZMA-exception","mif-exception","OCaml-LGPL-linking-exception","OCCT-exception-1.0","OpenJDK-assembly-exception-1.0","openvpn-openssl-exception","PS-or-PDF-font-exception-20170817","QPL-1.0-INRIA-2004-exception","Qt-GPL-exception-1.0","Qt-LGPL-exception-1.1","Qwt-exception-1.0","SANE-exception","SHL-2.0","SHL-2.1","stunnel-exception","SWI-exception","Swift-exception","Texinfo-exception","u-boot-exception-2.0","UBDL-exception","Universal-FOSS-exception-1.0","vsftpd-openssl-exception","WxWindows-exception-3.1","x11vnc-openssl-exception"]');

/***/ }),

/***/ 3389:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["AGPL-1.0","AGPL-3.0","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","GFDL-1.1","GFDL-1.2","GFDL-1.3","GPL-1.0","GPL-2.0","GPL-2.0-with-GCC-exception","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-3.0","GPL-3.0-with-GCC-exception","GPL-3.0-with-autoconf-exception","LGPL-2.0","LGPL-2.1","LGPL-3.0","Net-SNMP","Nunit","StandardML-NJ","bzip2-1.0.5","eCos-2.0","wxWindows"]');

/***/ }),

/***/ 5204:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');

/***/ }),

/***/ 9344:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('[["AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0"],["AGPL-1.0",["AGPL-3.0","AGPL-3.0-only"]],["Apache-1.0","Apache-1.1","Apache-2.0"],["APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0"],["Artistic-1.0","Artistic-2.0"],["BitTorrent-1.0","BitTorrent-1.1"],["CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-3.0","CC-BY-4.0"],["CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-4.0"],["CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-4.0"],["CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-4.0"],["CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-4.0"],["CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-4.0"],["CDDL-1.0","CDDL-1.1"],["CECILL-1.0","CECILL-1.1","CECILL-2.0"],["ECL-1.0","ECL-2.0"],["EFL-1.0","EFL-2.0"],["EPL-1.0","EPL-2.0"],["EUPL-1.0","EUPL-1.1"],[["GFDL-1.1","GFDL-1.1-only"],["GFDL-1.2","GFDL-1.2-only"],["GFDL-1.1-or-later","GFDL-1.2-or-later","GFDL-1.3","GFDL-1.3-only","GFDL-1.3-or-later"]],[["GPL-1.0","GPL-1.0-only"],["GPL-2.0","GPL-2.0-only"],["GPL-1.0-or-later","GPL-2.0-or-later","GPL-3.0","GPL-3.0-only","GPL-3.0-or-later"]],[["LGPL-2.0","LGPL-2.0-only"],["LGPL-2.1","LGPL-2.1-only"],["LGPL-2.0-or-later","LGPL-2.1-or-later","LGPL-3.0","LGPL-3.0-only","LGPL-3.0-or-later"]],["LPL-1.0","LPL-1.02"],["LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c"],["MPL-1.0","MPL-1.1","MPL-2.0"],["MPL-1.0","MPL-1.1","MPL-2.0-no-copyleft-exception"],["NPL-1.0","NPL-1.1"],["OFL-1.0","OFL-1.1"],["OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8"],["OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0"],["PHP-3.0","PHP-3.01"],["RPL-1.1","RPL-1.5"],["SGI-B-1.0","SGI-B-1.1","SGI-B-2.0"],["YPL-1.0","YPL-1.1"],["ZPL-1.1","ZPL-2.0","ZPL-2.1"],["Zimbra-1.3","Zimbra-1.4"],["bzip2-1.0.5","bzip2-1.0.6"]]');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(1314);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
