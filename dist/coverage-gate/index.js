import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

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

/***/ 9882:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7656);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7656:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: commentOnPullRequest, execute, gate, parseInputs

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
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

;// CONCATENATED MODULE: ./packages/core/src/modules/module-key.ts
/**
 * A module directory as a name part that no other module's can start with:
 * letters a-z and digits stay, `/` becomes `.`, and every other byte
 * (uppercase letters, `-`, `_`, `.` and all non-ASCII) becomes `_` and two hex
 * digits. The result never contains `-`, so in `<prefix>-<key>-<rest>` the key
 * ends at the first `-` after it: the pattern `<prefix>-<key>-*` selects that
 * module's names and nothing else (services/api is `services.api`,
 * services/api-gateway `services.api_2dgateway`). Only characters valid in
 * artifact names, cache keys and minimatch patterns without meaning appear.
 * Uppercase is escaped because artifact names compare case-insensitively.
 */
function moduleDirKey(relDir) {
    let key = '';
    for (const byte of Buffer.from(relDir, 'utf8')) {
        const c = String.fromCharCode(byte);
        if (/[a-z0-9]/.test(c))
            key += c;
        else if (c === '/')
            key += '.';
        else
            key += `_${byte.toString(16).padStart(2, '0')}`;
    }
    return key;
}
/** The scope of a set of modules (one or more keys, sorted, joined by `+`, which no key holds). */
function modulesScope(relDirs) {
    return relDirs.map(moduleDirKey).sort().join('+');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
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
function errors_errorMessage(err) {
    return err instanceof Error ? err.message : String(err);
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
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
const WORKSPACE_ONLY = (/* unused pure expression or super */ null && (['workspace']));
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
function quoteExcerpt(text, max = 80) {
    const chars = [...text];
    return JSON.stringify(chars.length > max ? chars.slice(0, max).join('') + '…' : text);
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
    const temp = external_node_path_namespaceObject.join(dir, `.${external_node_path_namespaceObject.basename(file)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
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
        const token = (0,external_node_crypto_.randomUUID)().replace(/-/g, '');
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
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
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
    return (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_namespaceObject.readFileSync)(file)).digest('hex');
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

;// CONCATENATED MODULE: ./packages/core/src/util/compare-text.ts
/**
 * Orders strings by UTF-16 code units: the same order on every machine. String.localeCompare
 * follows the ICU collation of the process's locale (LANG), so a report sorted with it could
 * differ between a laptop and a runner, and its first call builds a collator (8-15 ms).
 */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
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
        report = errorReport(def.name, def.name, inputs?.failOn ?? 'error', errors_errorMessage(err), kind);
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
        io.log.warning(`Could not write the JSON report to ${reportPath}: ${errors_errorMessage(err)}`);
    }
    for (const [k, v] of Object.entries(report.outputs))
        io.setOutput(k, v);
    try {
        await io.writeSummary(renderSummary(report, note));
    }
    catch (err) {
        io.log.warning(`Could not write the job summary: ${errors_errorMessage(err)}`);
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

;// CONCATENATED MODULE: ./actions/coverage-gate/src/coverage/go-sort.ts
function goSort(data, n) {
    if (n <= 1)
        return;
    pdqsort(data, 0, n, bitsLen(n));
}
function bitsLen(x) {
    return x === 0 ? 0 : 32 - Math.clz32(x);
}
function insertionSort(data, a, b) {
    for (let i = a + 1; i < b; i++) {
        for (let j = i; j > a && data.less(j, j - 1); j--)
            data.swap(j, j - 1);
    }
}
function siftDown(data, lo, hi, first) {
    let root = lo;
    for (;;) {
        let child = 2 * root + 1;
        if (child >= hi)
            return;
        if (child + 1 < hi && data.less(first + child, first + child + 1))
            child++;
        if (!data.less(first + root, first + child))
            return;
        data.swap(first + root, first + child);
        root = child;
    }
}
function heapSort(data, a, b) {
    const first = a;
    const lo = 0;
    const hi = b - a;
    for (let i = Math.floor((hi - 1) / 2); i >= 0; i--)
        siftDown(data, i, hi, first);
    for (let i = hi - 1; i >= 0; i--) {
        data.swap(first, first + i);
        siftDown(data, lo, i, first);
    }
}
var Hint;
(function (Hint) {
    Hint[Hint["Unknown"] = 0] = "Unknown";
    Hint[Hint["Increasing"] = 1] = "Increasing";
    Hint[Hint["Decreasing"] = 2] = "Decreasing";
})(Hint || (Hint = {}));
function pdqsort(data, a, b, limit) {
    const maxInsertion = 12;
    let wasBalanced = true;
    let wasPartitioned = true;
    for (;;) {
        const length = b - a;
        if (length <= maxInsertion) {
            insertionSort(data, a, b);
            return;
        }
        if (limit === 0) {
            heapSort(data, a, b);
            return;
        }
        if (!wasBalanced) {
            breakPatterns(data, a, b);
            limit--;
        }
        let [pivot, hint] = choosePivot(data, a, b);
        if (hint === Hint.Decreasing) {
            reverseRange(data, a, b);
            pivot = b - 1 - (pivot - a);
            hint = Hint.Increasing;
        }
        if (wasBalanced && wasPartitioned && hint === Hint.Increasing) {
            if (partialInsertionSort(data, a, b))
                return;
        }
        if (a > 0 && !data.less(a - 1, pivot)) {
            a = partitionEqual(data, a, b, pivot);
            continue;
        }
        const [mid, alreadyPartitioned] = partition(data, a, b, pivot);
        wasPartitioned = alreadyPartitioned;
        const leftLen = mid - a;
        const rightLen = b - mid;
        const balanceThreshold = Math.floor(length / 8);
        if (leftLen < rightLen) {
            wasBalanced = leftLen >= balanceThreshold;
            pdqsort(data, a, mid, limit);
            a = mid + 1;
        }
        else {
            wasBalanced = rightLen >= balanceThreshold;
            pdqsort(data, mid + 1, b, limit);
            b = mid;
        }
    }
}
function partition(data, a, b, pivot) {
    data.swap(a, pivot);
    let i = a + 1;
    let j = b - 1;
    while (i <= j && data.less(i, a))
        i++;
    while (i <= j && !data.less(j, a))
        j--;
    if (i > j) {
        data.swap(j, a);
        return [j, true];
    }
    data.swap(i, j);
    i++;
    j--;
    for (;;) {
        while (i <= j && data.less(i, a))
            i++;
        while (i <= j && !data.less(j, a))
            j--;
        if (i > j)
            break;
        data.swap(i, j);
        i++;
        j--;
    }
    data.swap(j, a);
    return [j, false];
}
function partitionEqual(data, a, b, pivot) {
    data.swap(a, pivot);
    let i = a + 1;
    let j = b - 1;
    for (;;) {
        while (i <= j && !data.less(a, i))
            i++;
        while (i <= j && data.less(a, j))
            j--;
        if (i > j)
            break;
        data.swap(i, j);
        i++;
        j--;
    }
    return i;
}
function partialInsertionSort(data, a, b) {
    const maxSteps = 5;
    const shortestShifting = 50;
    let i = a + 1;
    for (let step = 0; step < maxSteps; step++) {
        while (i < b && !data.less(i, i - 1))
            i++;
        if (i === b)
            return true;
        if (b - a < shortestShifting)
            return false;
        data.swap(i, i - 1);
        if (i - a >= 2) {
            for (let j = i - 1; j >= 1; j--) {
                if (!data.less(j, j - 1))
                    break;
                data.swap(j, j - 1);
            }
        }
        if (b - i >= 2) {
            for (let j = i + 1; j < b; j++) {
                if (!data.less(j, j - 1))
                    break;
                data.swap(j, j - 1);
            }
        }
    }
    return false;
}
const MASK64 = (1n << 64n) - 1n;
function breakPatterns(data, a, b) {
    const length = b - a;
    if (length >= 8) {
        // xorshift on a uint64 seeded with the length, as Go's.
        let random = BigInt(length);
        const modulus = BigInt(2 ** bitsLen(length));
        for (let idx = a + Math.floor(length / 4) * 2 - 1; idx <= a + Math.floor(length / 4) * 2 + 1; idx++) {
            random ^= (random << 13n) & MASK64;
            random ^= random >> 7n;
            random ^= (random << 17n) & MASK64;
            let other = Number(random & (modulus - 1n));
            if (other >= length)
                other -= length;
            data.swap(idx, a + other);
        }
    }
}
function choosePivot(data, a, b) {
    const shortestNinther = 50;
    const maxSwaps = 4 * 3;
    const l = b - a;
    const swaps = { n: 0 };
    let i = a + Math.floor(l / 4) * 1;
    let j = a + Math.floor(l / 4) * 2;
    let k = a + Math.floor(l / 4) * 3;
    if (l >= 8) {
        if (l >= shortestNinther) {
            i = median(data, i - 1, i, i + 1, swaps);
            j = median(data, j - 1, j, j + 1, swaps);
            k = median(data, k - 1, k, k + 1, swaps);
        }
        j = median(data, i, j, k, swaps);
    }
    if (swaps.n === 0)
        return [j, Hint.Increasing];
    if (swaps.n === maxSwaps)
        return [j, Hint.Decreasing];
    return [j, Hint.Unknown];
}
function median(data, a, b, c, swaps) {
    // order2 three times, as Go's median.
    if (data.less(b, a)) {
        swaps.n++;
        [a, b] = [b, a];
    }
    if (data.less(c, b)) {
        swaps.n++;
        b = c; // c is not read again
    }
    if (data.less(b, a)) {
        swaps.n++;
        b = a; // a is not read again
    }
    return b;
}
function reverseRange(data, a, b) {
    for (let i = a, j = b - 1; i < j; i++, j--)
        data.swap(i, j);
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/coverage/xtools-merge.ts

/**
 * Every block line of one source file, in the order read, with exact values
 * (x/tools reads them into Go ints: up to 2^63 - 1). Kept only for the files
 * the fast merger cannot judge exactly (see CoverProfileMerger): 48 bytes a
 * line, as x/tools itself keeps them.
 */
class ExactLines {
    values = new BigInt64Array(6 * 16);
    /** Profile index and line number of each line, for messages. */
    where = new Int32Array(2 * 16);
    length = 0;
    push(sl, sc, el, ec, n, c, source, line) {
        if (this.length * 6 === this.values.length) {
            const v = new BigInt64Array(this.values.length * 2);
            v.set(this.values);
            this.values = v;
            const w = new Int32Array(this.where.length * 2);
            w.set(this.where);
            this.where = w;
        }
        const o = this.length * 6;
        const v = this.values;
        v[o] = sl;
        v[o + 1] = sc;
        v[o + 2] = el;
        v[o + 3] = ec;
        v[o + 4] = n;
        v[o + 5] = c;
        this.where[this.length * 2] = source;
        this.where[this.length * 2 + 1] = line;
        this.length++;
    }
}
/**
 * x/tools/cover's merge of one file's blocks, exactly: sort.Sort by
 * (StartLine, StartCol), then merge each block into the one before it when
 * all four extents match (set mode ORs the counts; any other mode adds them
 * in a wrapping 64-bit int, as Go's int does). Blocks with equal extents that
 * the unstable sort does not leave adjacent stay separate, as in x/tools.
 */
function xtoolsMerge(lines, mode) {
    const v = lines.values;
    const n = lines.length;
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++)
        order[i] = i;
    goSort({
        less(i, j) {
            const a = order[i] * 6;
            const b = order[j] * 6;
            return v[a] < v[b] || (v[a] === v[b] && v[a + 1] < v[b + 1]);
        },
        swap(i, j) {
            const t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }, n);
    const out = [];
    let last;
    for (let k = 0; k < n; k++) {
        const o = order[k] * 6;
        if (last !== undefined && v[o] === last.sl && v[o + 1] === last.sc && v[o + 2] === last.el && v[o + 3] === last.ec) {
            if (v[o + 4] !== last.n) {
                return { from: last.n, to: v[o + 4], source: lines.where[order[k] * 2], line: lines.where[order[k] * 2 + 1], block: last };
            }
            last.count = mode === 'set' ? last.count | v[o + 5] : BigInt.asIntN(64, last.count + v[o + 5]);
            continue;
        }
        last = { sl: v[o], sc: v[o + 1], el: v[o + 2], ec: v[o + 3], n: v[o + 4], count: v[o + 5] };
        out.push(last);
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/coverage/profile.ts



/** A problem in a profile file, always naming the file and the line. */
class CoverProfileError extends ProjectError {
    profile;
    line;
    detail;
    name = 'CoverProfileError';
    constructor(profile, line, detail) {
        super(`${profile}:${line}: ${detail}`);
        this.profile = profile;
        this.line = line;
        this.detail = detail;
    }
}
/** bufio.Scanner's default token limit, which x/tools keeps: a longer line (its \r included, not its \n) is an error. */
const MAX_LINE_BYTES = 64 * 1024 - 1;
/** Values up to here are exact in a double; x/tools reads up to 2^63 - 1. */
const SAFE = Number.MAX_SAFE_INTEGER;
/** Go's strconv.Atoi range on 64-bit platforms. */
const INT64_MAX = '9223372036854775807';
/**
 * The distinct blocks of one source file while reading, kept in a flat
 * int32 array (11 a block: 4 extents, statements, an unused slot, profile
 * index, line, next-with-same-start, and where the block's raw line text
 * after the name sits in the merger's byte arena) and the counts in a float64
 * array (sums exceed 2^31), so a block costs about 60 bytes with the start
 * index. Numbers above 2^31 - 1 send the file to the exact merge. Duplicates (-coverpkg writes every block once per
 * test binary) are merged on arrival through a start-position index, so they
 * are never stored or sorted.
 */
const STRIDE = 11;
const RAW_AT = 9;
const RAW_LEN = 10;
/** Lines in one zero-count segment: small enough that a covered line spoils few neighbours, large enough that the native call is cheap per line. */
const ZERO_SEGMENT_SHIFT = 5;
const ZERO_SEGMENT = 1 << ZERO_SEGMENT_SHIFT;
/** RAW_LEN of a block added without its line's text (addBlock): matches no line. */
const NO_RAW = 0x7fffffff;
/** A file's zero-count template is built when its lines start for the third time: one or two copies do not repay building it. */
const ZERO_AFTER_SECTIONS = 3;
/** Rebuilds allowed when a file gains blocks in later copies (rare; bounded so it cannot go quadratic). */
const ZERO_MAX_BUILDS = 4;
/** Largest extent or statement count the int32 block array holds; larger ones send the file to the exact merge. */
const INT32_MAX = 0x7fffffff;
class FileAccumulator {
    fileName;
    nameBytes;
    data = new Int32Array(STRIDE * 4);
    /** Slots of `data` in use (STRIDE a block). */
    length = 0;
    /** The count of block k (its data offset / STRIDE). */
    counts = new Float64Array(4);
    /** (startLine, startCol) → offset of the latest block starting there (the others follow by next-with-same-start). */
    byStart = new StartIndex();
    /**
     * Offset of the block the next line most likely repeats: -coverpkg writes
     * every file's blocks in the same order once per test binary, so checking
     * the block after the last one matched avoids the index for nearly all lines.
     */
    next = 0;
    /** The file whose blocks followed this file's last time: -coverpkg writes files in the same order in every copy. */
    successor;
    /** How many times a run of this file's lines has started (one per test binary's copy under -coverpkg). */
    sections = 0;
    /**
     * The file's lines as they read when every count is 0 (`name:l.c,l.c n 0\n`
     * for the first `zeroBlocks` blocks, in the order they were first read), cut
     * into segments of ZERO_SEGMENT lines at `zeroSegments`. Most of a -coverpkg
     * profile is other packages' blocks that a test binary never ran, and such a
     * segment is recognised with one native byte comparison; equal bytes mean
     * those very blocks with count 0, which change nothing when merged.
     */
    zeros;
    zeroSegments;
    zeroBlocks = 0;
    zeroBuilds = 0;
    /**
     * Set when this merge cannot stand for x/tools' on this file: blocks with
     * the same start and different ends (x/tools merges only what its unstable
     * sort leaves adjacent), a number above 2^53, or a count sum above 2^53. The
     * file's lines are then read again into `exact` and merged as x/tools does.
     */
    needsExact = false;
    /** Room for one more block (growing both arrays by half); returns the data array, which may be new. */
    reserve() {
        if (this.length + STRIDE > this.data.length) {
            const blocks = this.data.length / STRIDE;
            const grown = blocks + (blocks >> 1) + 4;
            const d = new Int32Array(grown * STRIDE);
            d.set(this.data);
            this.data = d;
            const c = new Float64Array(grown);
            c.set(this.counts);
            this.counts = c;
        }
        this.length += STRIDE;
        return this.data;
    }
    exact;
    /** The first NumStmt conflict: an error unless the file is judged exactly. */
    conflict;
    /** The file name's bytes (a name need not be UTF-8: x/tools keeps bytes), to recognise the same name without decoding it. */
    constructor(fileName, nameBytes) {
        this.fileName = fileName;
        this.nameBytes = nameBytes;
    }
}
/**
 * (startLine, startCol) → the offset of the latest block starting there, in
 * an open-addressing table of int32 that holds only offsets (the positions are
 * read from the blocks): 8 to 16 bytes a block, where a Map entry took ~60
 * and 5M distinct blocks took 1.2 GB.
 */
class StartIndex {
    /** Offset + 1 of a block; 0 is an empty slot. Kept at most half full. */
    slots = new Int32Array(8);
    used = 0;
    get(d, sl, sc) {
        const slots = this.slots;
        const mask = slots.length - 1;
        for (let i = hashStart(sl, sc) & mask;; i = (i + 1) & mask) {
            const o = slots[i] - 1;
            if (o < 0)
                return undefined;
            if (d[o] === sl && d[o + 1] === sc)
                return o;
        }
    }
    set(d, sl, sc, offset) {
        if ((this.used + 1) * 2 > this.slots.length)
            this.grow(d);
        if (this.place(d, sl, sc, offset))
            this.used++;
    }
    /** Puts offset in the slot of its start; whether it took an empty slot. */
    place(d, sl, sc, offset) {
        const slots = this.slots;
        const mask = slots.length - 1;
        for (let i = hashStart(sl, sc) & mask;; i = (i + 1) & mask) {
            const o = slots[i] - 1;
            if (o < 0 || (d[o] === sl && d[o + 1] === sc)) {
                slots[i] = offset + 1;
                return o < 0;
            }
        }
    }
    grow(d) {
        const old = this.slots;
        this.slots = new Int32Array(old.length * 2);
        for (const s of old)
            if (s !== 0)
                this.place(d, d[s - 1], d[s], s - 1);
    }
}
function hashStart(sl, sc) {
    const h = Math.imul(sl | 0, 0x9e3779b1) ^ Math.imul((sc | 0) + 0x7f4a7c15, 0x85ebca6b);
    return (h ^ (h >>> 15)) >>> 0;
}
/**
 * Streams profile text line by line: `mode:` lines (one per concatenated
 * profile; they must agree) and `name.go:l.c,l.c stmts count` lines, parsed
 * from the end as x/tools' parseLine does so names may contain ':'.
 */
class CoverProfileMerger {
    mode;
    /** Where the mode was set: `profile:line`. */
    modeSource = '';
    /** The first profile's mode line: a later line equal to it starts a concatenated profile. */
    modeLine;
    /** Files judged exactly, in the order they were marked. */
    exactFiles = [];
    /** Set by replay(): the readers feed exactLine instead of the merge. */
    replaying = false;
    files = new Map();
    last;
    sources = [];
    linesRead = 0;
    /**
     * The raw bytes of every distinct block's line between the name and the
     * count (`:12.3,14.5 2 `): a repeated line is recognised by comparing
     * bytes with these, without parsing its numbers again.
     */
    raw = Buffer.allocUnsafe(1 << 16);
    rawUsed = 0;
    /** Feeds one profile's text (the whole file in tests; streamed by readCoverProfiles). */
    beginProfile(name) {
        this.sources.push(name);
        return new ProfileReader(this, this.sources.length - 1, name);
    }
    /** @internal */
    setMode(mode, profile, line) {
        if (this.mode === undefined) {
            this.mode = mode;
            this.modeSource = `${profile}:${line}`;
        }
        else if (this.mode !== mode) {
            throw new CoverProfileError(profile, line, `mode conflict: "mode: ${mode}" here, but "mode: ${this.mode}" at ${this.modeSource}; profiles of different modes cannot be merged`);
        }
    }
    /** @internal The accumulator for a name given as bytes; the last one is reused without decoding. */
    fileFor(buf, from, to) {
        const last = this.last;
        if (last !== undefined) {
            const nb = last.nameBytes;
            const len = to - from;
            if (nb.length === len) {
                // Compare from the end: names of one package share their start.
                let i = len - 1;
                while (i >= 0 && nb[i] === buf[from + i])
                    i--;
                if (i < 0)
                    return last;
            }
        }
        // Keyed by the bytes (latin1 maps each byte to one char): two names that
        // are not valid UTF-8 stay two files, and sorting the keys sorts bytes, as Go does.
        const key = buf.toString('latin1', from, to);
        let acc = this.files.get(key);
        if (acc === undefined) {
            acc = new FileAccumulator(buf.toString('utf8', from, to), Buffer.from(buf.subarray(from, to)));
            this.files.set(key, acc);
        }
        if (last !== undefined)
            last.successor = acc;
        // A file seen again starts a new test binary's copy: expect its first block.
        this.startSection(acc);
        this.last = acc;
        return acc;
    }
    /** A run of the file's lines starts: its first block is expected next. */
    startSection(acc) {
        acc.next = 0;
        acc.sections++;
        const blocks = acc.length / STRIDE;
        if (acc.sections >= ZERO_AFTER_SECTIONS && acc.zeroBlocks !== blocks && acc.zeroBuilds < ZERO_MAX_BUILDS)
            this.buildZeros(acc, blocks);
    }
    /** Writes the file's zero-count template (see FileAccumulator.zeros) from its blocks' raw text. */
    buildZeros(acc, blocks) {
        acc.zeroBuilds++;
        const d = acc.data;
        const name = acc.nameBytes;
        const raw = this.raw;
        let size = 0;
        for (let at = 0; at < acc.length; at += STRIDE) {
            if (d[at + RAW_LEN] === NO_RAW)
                return; // a block added without its text cannot be written back
            size += name.length + d[at + RAW_LEN] + 2;
        }
        const z = Buffer.allocUnsafe(size);
        const segments = new Int32Array(Math.ceil(blocks / ZERO_SEGMENT) + 1);
        let o = 0;
        for (let b = 0, at = 0; b < blocks; b++, at += STRIDE) {
            if ((b & (ZERO_SEGMENT - 1)) === 0)
                segments[b >> ZERO_SEGMENT_SHIFT] = o;
            for (let k = 0; k < name.length; k++)
                z[o++] = name[k];
            for (let r = d[at + RAW_AT], e = r + d[at + RAW_LEN]; r < e; r++)
                z[o++] = raw[r];
            z[o++] = Ch.Zero;
            z[o++] = Ch.LF;
        }
        segments[segments.length - 1] = o;
        acc.zeros = z;
        acc.zeroSegments = segments;
        acc.zeroBlocks = blocks;
    }
    /** @internal */
    addBlock(fileName, sl, sc, el, ec, n, c, source, line) {
        const bytes = Buffer.from(fileName, 'utf8');
        this.addBlockTo(this.fileFor(bytes, 0, bytes.length), sl, sc, el, ec, n, c, source, line);
    }
    /** Lines merged by the last mergeRepeatedLines call. */
    mergedLines = 0;
    /**
     * @internal The fast path for lines that repeat, byte for byte up to their
     * counts, the blocks expected next in the last file (-coverpkg's copies):
     * such a line parses to that block's extents and statements, so only its
     * count is read, and the scan for its end doubles as the newline search.
     * Merges as many consecutive such lines from `from` as there are (one call
     * for a run of lines keeps the file's state in registers) and returns where
     * the first line it could not merge starts: that line takes the full parse
     * (other text, a sign, junk, or no newline before `limit`).
     */
    mergeRepeatedLines(s, from, limit) {
        let acc = this.last;
        let pos = this.mergeRun(acc, s, from, limit);
        let merged = this.runLines;
        // When the file's expected blocks stop matching, the line may open the
        // file that followed it last time (the next package of a -coverpkg copy):
        // try that file from its first block, as fileFor would, without a parse.
        while (acc !== undefined && pos < limit) {
            const next = acc.successor;
            if (next === undefined || next === acc || !startsWith(s, pos, limit, next.nameBytes))
                break;
            const resume = next.next;
            const sections = next.sections;
            this.startSection(next);
            const nextPos = this.mergeRun(next, s, pos, limit);
            if (this.runLines === 0) {
                // Not that file after all: the full parse decides.
                next.next = resume;
                next.sections = sections;
                break;
            }
            this.last = next;
            merged += this.runLines;
            pos = nextPos;
            acc = next;
        }
        this.mergedLines = merged;
        return pos;
    }
    /** Lines merged by the last mergeRun call. */
    runLines = 0;
    /** mergeRepeatedLines for one file, from the block it expects next. */
    mergeRun(acc, s, from, limit) {
        this.runLines = 0;
        if (acc === undefined)
            return from;
        const d = acc.data;
        const counts = acc.counts;
        const length = acc.length;
        const name = acc.nameBytes;
        const nameLen = name.length;
        const raw = this.raw;
        const set = this.mode === 'set';
        let at = acc.next;
        // The block index of `at`, kept alongside so segment arithmetic stays in small integers (no division).
        let block = (at / STRIDE) | 0;
        let pos = from;
        let merged = 0;
        const zeros = acc.zeros;
        const segments = acc.zeroSegments;
        const zeroBlocks = acc.zeroBlocks;
        lines: while (at < length) {
            if (zeros !== undefined && block < zeroBlocks && (block & (ZERO_SEGMENT - 1)) === 0) {
                // A whole segment of lines that all read count 0: nothing to add.
                const seg = block >> ZERO_SEGMENT_SHIFT;
                const a = segments[seg];
                const len = segments[seg + 1] - a;
                if (pos + len <= limit && s.compare(zeros, a, a + len, pos, pos + len) === 0) {
                    const lines = zeroBlocks - block < ZERO_SEGMENT ? zeroBlocks - block : ZERO_SEGMENT;
                    pos += len;
                    block += lines;
                    at += lines * STRIDE;
                    merged += lines;
                    continue;
                }
            }
            const rawLen = d[at + RAW_LEN];
            let i = pos + nameLen + rawLen;
            if (i >= limit)
                break;
            for (let k = 0; k < nameLen; k++)
                if (s[pos + k] !== name[k])
                    break lines;
            for (let k = 0, r = d[at + RAW_AT], p = pos + nameLen; k < rawLen; k++)
                if (s[p + k] !== raw[r + k])
                    break lines;
            const digitsFrom = i;
            let c = 0;
            let ch = 0;
            for (; i < limit; i++) {
                ch = s[i];
                if (ch < Ch.Zero || ch > Ch.Nine)
                    break;
                c = c * 10 + (ch - Ch.Zero);
            }
            // bufio.Scanner drops one \r before the \n.
            const eol = i >= limit ? -1 : ch === Ch.LF ? i : ch === Ch.CR && i + 1 < limit && s[i + 1] === Ch.LF ? i + 1 : -1;
            if (eol < 0 || i === digitsFrom || i - digitsFrom > 15 || eol - pos > MAX_LINE_BYTES)
                break;
            const sum = set ? orCounts(counts[block], c) : counts[block] + c;
            if (sum > SAFE)
                break; // past exact doubles: the full path marks the file
            counts[block] = sum;
            at += STRIDE;
            block++;
            pos = eol + 1;
            merged++;
        }
        acc.next = at;
        this.linesRead += merged;
        this.runLines = merged;
        return pos;
    }
    /** @internal Keeps a new block's raw text (name end to count start) for mergeRepeatedLine. */
    keepRaw(acc, offset, s, rawFrom, rawTo) {
        const d = acc.data;
        if (s === undefined) {
            d[offset + RAW_AT] = 0;
            d[offset + RAW_LEN] = NO_RAW; // never matches: blocks added without their text
            return;
        }
        const len = rawTo - rawFrom;
        if (this.rawUsed + len > this.raw.length) {
            const grown = Buffer.allocUnsafe(Math.max(this.raw.length * 2, this.rawUsed + len));
            this.raw.copy(grown, 0, 0, this.rawUsed);
            this.raw = grown;
        }
        // A byte loop: Buffer.copy's per-call cost is a microsecond, far more than copying these ~15 bytes.
        const raw = this.raw;
        for (let i = rawFrom, o = this.rawUsed; i < rawTo; i++, o++)
            raw[o] = s[i];
        d[offset + RAW_AT] = this.rawUsed;
        d[offset + RAW_LEN] = len;
        this.rawUsed += len;
    }
    /** @internal */
    addBlockTo(acc, sl, sc, el, ec, n, c, source, line, text, rawFrom = 0, rawTo = 0) {
        this.linesRead++;
        // Past int32 (extents, statements) or exact doubles (counts): x/tools' own merge decides this file.
        if (sl > INT32_MAX || sc > INT32_MAX || el > INT32_MAX || ec > INT32_MAX || n > INT32_MAX || c > SAFE) {
            this.markExact(acc, true);
            sl = Math.min(sl, INT32_MAX);
            sc = Math.min(sc, INT32_MAX);
            el = Math.min(el, INT32_MAX);
            ec = Math.min(ec, INT32_MAX);
            n = Math.min(n, INT32_MAX);
        }
        const d = acc.data;
        let at = acc.next;
        if (!(at < acc.length && d[at] === sl && d[at + 1] === sc && d[at + 2] === el && d[at + 3] === ec)) {
            at = acc.byStart.get(d, sl, sc);
            while (at !== undefined && !(d[at] === sl && d[at + 1] === sc && d[at + 2] === el && d[at + 3] === ec))
                at = d[at + 8] < 0 ? undefined : d[at + 8];
        }
        if (at !== undefined) {
            if (d[at + 4] !== n) {
                // x/tools reports it after reading every line, and not at all when
                // its sort parts the two blocks (only possible in an exact file).
                acc.conflict ??= new CoverProfileError(this.sources[source], line, `inconsistent NumStmt for ${acc.fileName}:${sl}.${sc},${el}.${ec}: changed from ${d[at + 4]} (${this.sources[d[at + 6]]}:${d[at + 7]}) to ${n}`);
                this.markExact(acc, false);
            }
            else {
                // x/tools: set mode ORs the counts, count and atomic add them.
                const k = at / STRIDE;
                const sum = this.mode === 'set' ? orCounts(acc.counts[k], c) : acc.counts[k] + c;
                if (sum > SAFE)
                    this.markExact(acc, true);
                acc.counts[k] = sum;
            }
            acc.next = at + STRIDE;
            return;
        }
        const offset = acc.length;
        const sameStart = acc.byStart.get(d, sl, sc);
        for (let o = sameStart; o !== undefined && o >= 0; o = d[o + 8]) {
            if (d[o] === sl && d[o + 1] === sc) {
                this.markExact(acc, true);
                break;
            }
        }
        const dd = acc.reserve();
        dd[offset] = sl;
        dd[offset + 1] = sc;
        dd[offset + 2] = el;
        dd[offset + 3] = ec;
        dd[offset + 4] = n;
        dd[offset + 6] = source;
        dd[offset + 7] = line;
        dd[offset + 8] = sameStart ?? -1;
        acc.counts[offset / STRIDE] = c;
        this.keepRaw(acc, offset, text, rawFrom, rawTo);
        acc.byStart.set(dd, sl, sc, offset);
        acc.next = offset + STRIDE;
    }
    /**
     * Marks a file whose merge x/tools' own algorithm must decide. `certain`:
     * the exact pass is needed whatever follows (a NumStmt conflict alone is
     * not: it is an error unless something else sends the file there).
     */
    markExact(acc, certain) {
        if (certain && !acc.needsExact) {
            acc.needsExact = true;
            this.exactFiles.push(acc);
        }
    }
    /** Whether the inputs must be fed again (after replay()) before finish(). */
    needsReplay() {
        return this.exactFiles.length > 0 && !this.replaying;
    }
    /**
     * Starts the second pass over the same inputs, in the same order: only the
     * lines of the files marked for the exact merge are kept, with exact values.
     */
    replay() {
        this.replaying = true;
        for (const acc of this.exactFiles)
            acc.exact = new ExactLines();
        this.sources.length = 0;
    }
    /** @internal A block line during replay (already checked in the first pass). */
    exactLine(s, from, to, source, line) {
        const sp2 = s.lastIndexOf(Ch.Space, to - 1);
        const sp1 = s.lastIndexOf(Ch.Space, sp2 - 1);
        const dot2 = s.lastIndexOf(Ch.Dot, sp1 - 1);
        const comma = s.lastIndexOf(Ch.Comma, dot2 - 1);
        const dot1 = s.lastIndexOf(Ch.Dot, comma - 1);
        const colon = s.lastIndexOf(Ch.Colon, dot1 - 1);
        const acc = this.files.get(s.toString('latin1', from, colon));
        if (acc === undefined || acc.exact === undefined)
            return;
        const big = (a, b) => BigInt(s.toString('latin1', s[a] === Ch.Plus ? a + 1 : a, b));
        acc.exact.push(big(colon + 1, dot1), big(dot1 + 1, comma), big(comma + 1, dot2), big(dot2 + 1, sp1), big(sp1 + 1, sp2), big(sp2 + 1, to), source, line);
    }
    /** Sorts and merges every file's blocks; throws on a NumStmt conflict naming both places. */
    finish() {
        if (this.mode === undefined) {
            throw new CoverProfileError(this.sources[0] ?? '(no profile)', 1, 'empty profile: no "mode:" line');
        }
        if (this.needsReplay())
            throw new Error('CoverProfileMerger.finish: the profiles must be fed again after replay() (needsReplay)');
        for (const acc of this.files.values())
            if (acc.conflict && !acc.needsExact)
                throw acc.conflict;
        // The raw text and the zero templates are for reading only.
        this.raw = Buffer.alloc(0);
        const keys = [...this.files.keys()].sort(compareStrings);
        const files = [];
        let covered = 0;
        let total = 0;
        for (const key of keys) {
            const acc = this.files.get(key);
            // Each file's accumulator is dropped as soon as its blocks are built, so
            // the two forms of a large profile are not held at once.
            this.files.delete(key);
            const blocks = acc.exact ? this.exactBlocks(acc) : fastBlocks(acc);
            for (const b of blocks) {
                total += b.numStmt;
                if (b.count > 0)
                    covered += b.numStmt;
            }
            if (total > SAFE || covered > SAFE) {
                throw new CoverProfileError(this.sources[0], 1, `the profiles count more than 2^53 statements (at ${acc.fileName}): no Go test writes such numbers, and the gate does not compute with inexact ones`);
            }
            files.push({ fileName: acc.fileName, blocks });
        }
        return { mode: this.mode, files, sources: [...this.sources], linesRead: this.linesRead };
    }
    /** The blocks of a file merged exactly as x/tools merges them. */
    exactBlocks(acc) {
        const merged = xtoolsMerge(acc.exact, this.mode);
        if (!Array.isArray(merged)) {
            const b = merged.block;
            throw new CoverProfileError(this.sources[merged.source], merged.line, `inconsistent NumStmt for ${acc.fileName}:${b.sl}.${b.sc},${b.el}.${b.ec}: changed from ${merged.from} to ${merged.to}`);
        }
        // Numbers above 2^53 become the nearest double: they still compare with
        // real line numbers the same way, and a count keeps its sign, which is
        // all that covers a block (x/tools: Count > 0, after Go's wrapping sum).
        return merged.map(b => ({
            startLine: Number(b.sl),
            startCol: Number(b.sc),
            endLine: Number(b.el),
            endCol: Number(b.ec),
            numStmt: Number(b.n),
            count: Number(b.count)
        }));
    }
}
/** A file's distinct blocks from the fast merge, sorted by extent. */
function fastBlocks(acc) {
    const d = acc.data;
    const counts = acc.counts;
    const count = acc.length / STRIDE;
    const order = new Uint32Array(count);
    for (let i = 0; i < count; i++)
        order[i] = i * STRIDE;
    order.sort((x, y) => d[x] - d[y] || d[x + 1] - d[y + 1] || d[x + 2] - d[y + 2] || d[x + 3] - d[y + 3]);
    const blocks = new Array(count);
    for (let k = 0; k < count; k++) {
        const o = order[k];
        // A count that fits in int32 is stored as one (a small integer in the
        // object, where a float64 read would box it: 16 more bytes a block).
        const c = counts[o / STRIDE];
        blocks[k] = { startLine: d[o], startCol: d[o + 1], endLine: d[o + 2], endCol: d[o + 3], numStmt: d[o + 4], count: c <= INT32_MAX ? c | 0 : c };
    }
    return blocks;
}
/**
 * x/tools' set-mode merge, `Count |= count`, on counts up to 2^53: JavaScript's
 * `|` works on 32 bits, so larger counts are ORed in two halves (go test
 * writes 0 or 1 in set mode, but a hand-made profile may hold anything).
 */
function orCounts(a, b) {
    if (a === 0 || a === b)
        return b;
    if (b === 0)
        return a;
    if (a < 0x80000000 && b < 0x80000000)
        return a | b;
    const high = (Math.floor(a / 0x100000000) | Math.floor(b / 0x100000000)) >>> 0;
    return high * 0x100000000 + (((a >>> 0) | (b >>> 0)) >>> 0);
}
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Whether s[pos, limit) starts with the bytes of `prefix`. */
function startsWith(s, pos, limit, prefix) {
    if (pos + prefix.length > limit)
        return false;
    for (let k = 0; k < prefix.length; k++)
        if (s[pos + k] !== prefix[k])
            return false;
    return true;
}
var Ch;
(function (Ch) {
    Ch[Ch["Space"] = 32] = "Space";
    Ch[Ch["Comma"] = 44] = "Comma";
    Ch[Ch["Dot"] = 46] = "Dot";
    Ch[Ch["Colon"] = 58] = "Colon";
    Ch[Ch["Zero"] = 48] = "Zero";
    Ch[Ch["Nine"] = 57] = "Nine";
    Ch[Ch["Minus"] = 45] = "Minus";
    Ch[Ch["Plus"] = 43] = "Plus";
    Ch[Ch["CR"] = 13] = "CR";
    Ch[Ch["LF"] = 10] = "LF";
})(Ch || (Ch = {}));
const FIELDS = [
    { sep: Ch.Space, what: 'Count' },
    { sep: Ch.Space, what: 'NumStmt' },
    { sep: Ch.Dot, what: 'EndCol' },
    { sep: Ch.Comma, what: 'EndLine' },
    { sep: Ch.Dot, what: 'StartCol' },
    { sep: Ch.Colon, what: 'StartLine' }
];
/**
 * Reads one profile incrementally from bytes (no per-line strings: a name is
 * decoded only when it differs from the previous line's); call push() or
 * pushBytes() with chunks and end() once.
 */
class ProfileReader {
    merger;
    index;
    name;
    carry;
    line = 0;
    sawMode = false;
    values = new Array(6);
    constructor(merger, index, name) {
        this.merger = merger;
        this.index = index;
        this.name = name;
    }
    push(text) {
        this.pushBytes(typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
    }
    /** Parses every complete line of the chunk, keeping an unfinished last line for the next one. */
    pushBytes(chunk) {
        let buf = chunk;
        if (this.carry !== undefined) {
            buf = Buffer.concat([this.carry, chunk]);
            this.carry = undefined;
        }
        const rest = this.parseLines(buf, 0, buf.length);
        if (rest < buf.length)
            this.carry = Buffer.from(buf.subarray(rest));
    }
    /** Parses the complete lines of buf[from, to); returns where the unfinished last line starts. */
    parseLines(buf, from, to) {
        let start = from;
        const merger = this.merger;
        for (;;) {
            if (this.sawMode && !merger.replaying) {
                start = merger.mergeRepeatedLines(buf, start, to);
                this.line += merger.mergedLines;
            }
            const nl = buf.indexOf(10, start);
            if (nl < 0 || nl >= to) {
                // bufio.Scanner gives up on a line once it fills 64 KiB: so does this
                // reader, before holding any more of it.
                if (to - start > MAX_LINE_BYTES)
                    this.tooLong(buf, start, to, this.line + 1);
                return start;
            }
            this.parse(buf, start, nl);
            start = nl + 1;
        }
    }
    end() {
        if (this.carry !== undefined) {
            const rest = this.carry;
            this.carry = undefined;
            this.parse(rest, 0, rest.length);
        }
        if (!this.sawMode)
            throw new CoverProfileError(this.name, 1, 'empty profile: no "mode:" line');
    }
    tooLong(s, from, to, line) {
        this.line = line;
        this.fail(s, from, Math.min(to, from + 200), `the line is longer than ${MAX_LINE_BYTES} bytes, the most go tool cover reads (bufio.Scanner: token too long)`, false);
    }
    parse(s, from, to) {
        this.line++;
        if (to - from > MAX_LINE_BYTES)
            this.tooLong(s, from, to, this.line);
        // bufio.Scanner's ScanLines drops one trailing \r.
        if (to > from && s[to - 1] === Ch.CR)
            to--;
        const merger = this.merger;
        if (!this.sawMode) {
            // The first line is the mode line (x/tools: "mode: " and anything after it).
            const text = s.toString('utf8', from, to);
            if (!text.startsWith('mode: ') || text === 'mode: ') {
                throw new CoverProfileError(this.name, this.line, `bad mode line ${JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}...` : text)}: a profile starts with "mode: set", "mode: count" or "mode: atomic"`);
            }
            merger.setMode(text.slice(6), this.name, this.line);
            merger.modeLine ??= Buffer.from(s.subarray(from, to));
            this.sawMode = true;
            return;
        }
        // A later line equal to the mode line starts the next of concatenated
        // profiles (`cat a.out b.out`): a deliberate difference from x/tools, which
        // rejects it (see the coverage-gate README).
        const ml = merger.modeLine;
        if (to - from === ml.length && s[from] === ml[0] && s.compare(ml, 0, ml.length, from, to) === 0)
            return;
        if (merger.replaying) {
            merger.exactLine(s, from, to, this.index, this.line);
            return;
        }
        let end = to;
        let countSpace = to;
        const v = this.values;
        for (let f = 0; f < 6; f++) {
            const sep = FIELDS[f].sep;
            let i = end - 1;
            let n = 0;
            let scale = 1;
            // Digits are read from the end; anything else takes the exact reading.
            for (; i >= from; i--) {
                const c = s[i];
                if (c === sep)
                    break;
                if (c >= Ch.Zero && c <= Ch.Nine && scale <= 1e15) {
                    n += (c - Ch.Zero) * scale;
                    scale *= 10;
                    continue;
                }
                let j = i;
                while (j >= from && s[j] !== sep)
                    j--;
                if (j < from)
                    this.fail(s, from, to, `couldn't find a ${String.fromCharCode(sep)} before ${FIELDS[f].what}`);
                n = this.number(s, j + 1, end, FIELDS[f].what, from, to);
                i = j;
                break;
            }
            if (i < from)
                this.fail(s, from, to, `couldn't find a ${String.fromCharCode(sep)} before ${FIELDS[f].what}`);
            if (i + 1 === end)
                this.fail(s, from, to, `couldn't parse ${FIELDS[f].what}: empty`);
            v[f] = n;
            end = i;
            if (f === 0)
                countSpace = i;
        }
        if (end === from)
            this.fail(s, from, to, 'a FileName cannot be blank');
        merger.addBlockTo(merger.fileFor(s, from, end), v[5], v[4], v[3], v[2], v[1], v[0], this.index, this.line, s, end, countSpace + 1);
    }
    /**
     * A field that is not plain short digits, read as strconv.Atoi reads it:
     * an optional sign, decimal digits, within int64; then x/tools refuses a
     * negative value (-0 is 0, and fine). Above 2^53 the value is the nearest
     * double, and the merger judges that block's file exactly.
     */
    number(s, a, b, what, from, to) {
        const text = s.toString('latin1', a, b);
        const m = /^([+-]?)0*(\d*)$/.exec(text);
        if (m === null || text === '+' || text === '-' || text === '') {
            this.fail(s, from, to, `couldn't parse ${what}: ${JSON.stringify(s.toString('utf8', a, b))} is not a number`);
        }
        const digits = m[2];
        if (digits.length > 19 || (digits.length === 19 && digits > INT64_MAX && !(m[1] === '-' && digits === '9223372036854775808'))) {
            this.fail(s, from, to, `${what} ${text} is too large (above 2^63 - 1, strconv.Atoi's range)`);
        }
        if (m[1] === '-' && digits !== '')
            this.fail(s, from, to, `negative values are not allowed for ${what}, found ${text}`);
        return digits === '' ? 0 : Number(digits);
    }
    fail(s, from, to, why, mayBeMode = true) {
        const text = s.toString('utf8', from, Math.min(to, from + 400));
        const shown = text.length > 200 ? `${text.slice(0, 200)}...` : text;
        const mode = this.merger.modeLine;
        // A mode line that does not repeat the first one (x/tools: just a line it cannot parse).
        if (mayBeMode && mode !== undefined && to - from > 6 && s.toString('latin1', from, from + 6) === 'mode: ') {
            throw new CoverProfileError(this.name, this.line, `mode conflict: ${JSON.stringify(shown)} here, but ${JSON.stringify(mode.toString('utf8'))} at ${this.merger.modeSource}; concatenated profiles must have the same mode line`);
        }
        throw new CoverProfileError(this.name, this.line, `line ${JSON.stringify(shown)} doesn't match the coverprofile format name.go:line.col,line.col statements count: ${why}`);
    }
}
/**
 * Reads and merges coverprofiles (several shards, concatenated files with
 * repeated `mode:` lines, CRLF) as golang.org/x/tools/cover does, streaming
 * each file. Errors name the profile file and line.
 */
async function readCoverProfiles(files) {
    if (files.length === 0)
        throw new ProjectError('No coverage profile to read.');
    const merger = new CoverProfileMerger();
    readFilesInto(merger, files);
    // A file x/tools would merge differently (rare: see markExact) is read again, those lines kept exactly.
    if (merger.needsReplay()) {
        merger.replay();
        readFilesInto(merger, files);
    }
    return merger.finish();
}
function readFilesInto(merger, files) {
    // Synchronous reads into one reused buffer: the profile is the only work
    // in flight, and thread-pool round trips per chunk cost more than they hide
    // (measured: reading while parsing on the pool was slower). Half a megabyte
    // stays in the CPU cache from read to parse; 8 MB chunks read 50% slower.
    let buf = Buffer.allocUnsafe(512 << 10);
    for (const file of files) {
        const reader = merger.beginProfile(file);
        let fd;
        try {
            fd = (0,external_node_fs_namespaceObject.openSync)(file, 'r');
            let filled = 0;
            for (;;) {
                if (filled === buf.length)
                    buf = Buffer.concat([buf, Buffer.allocUnsafe(buf.length)]); // a line longer than the buffer
                const n = (0,external_node_fs_namespaceObject.readSync)(fd, buf, filled, buf.length - filled, null);
                if (n === 0)
                    break;
                const end = filled + n;
                const rest = reader.parseLines(buf, 0, end);
                buf.copyWithin(0, rest, end);
                filled = end - rest;
            }
            if (filled > 0)
                reader.pushBytes(Buffer.from(buf.subarray(0, filled)));
        }
        catch (err) {
            if (err instanceof CoverProfileError)
                throw err;
            throw new ProjectError(`Cannot read the coverage profile ${file}: ${err.message}`);
        }
        finally {
            if (fd !== undefined)
                (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
        reader.end();
    }
}
/** Parses profile texts held in memory (tests, covdata output): name → text or bytes. */
function parseCoverProfiles(texts) {
    const merger = new CoverProfileMerger();
    const feed = () => {
        for (const { name, text } of texts) {
            const r = merger.beginProfile(name);
            r.push(text);
            r.end();
        }
    };
    feed();
    if (merger.needsReplay()) {
        merger.replay();
        feed();
    }
    return merger.finish();
}
/** Every block counts: what `go test -cover` and `go tool covdata percent` count. */
function statementTotals(p) {
    let covered = 0;
    let total = 0;
    for (const f of p.files) {
        for (const b of f.blocks) {
            total += b.numStmt;
            if (b.count > 0)
                covered += b.numStmt;
        }
    }
    return { covered, total };
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/coverage/go-source-scanner.ts
/**
 * A small Go source scanner: just enough of go/scanner to find the extents
 * of top-level function declarations with bodies (what `go tool cover -func`
 * counts) and the generated-file marker of go/ast.IsGenerated, without a Go
 * toolchain. It skips comments, interpreted and raw strings and runes, and
 * applies Go's semicolon insertion, so a `func` literal in a package-level
 * `var` is never taken for a declaration. Positions are 1-based lines and
 * byte columns, as Go and coverprofiles count them.
 */
const KEYWORDS_INSERTING_SEMICOLON = new Set(['break', 'continue', 'fallthrough', 'return']);
const GO_KEYWORDS = new Set([
    'break',
    'case',
    'chan',
    'const',
    'continue',
    'default',
    'defer',
    'else',
    'fallthrough',
    'for',
    'func',
    'go',
    'goto',
    'if',
    'import',
    'interface',
    'map',
    'package',
    'range',
    'return',
    'select',
    'struct',
    'switch',
    'type',
    'var'
]);
const KEYWORDS_BY_LENGTH = [];
for (const k of GO_KEYWORDS)
    (KEYWORDS_BY_LENGTH[k.length] ??= []).push(k);
/** The keyword spelled by src[start, end), compared as bytes (no string is made for an identifier). */
function keywordAt(src, start, end) {
    const candidates = KEYWORDS_BY_LENGTH[end - start];
    if (candidates === undefined)
        return undefined;
    next: for (const k of candidates) {
        for (let j = 0; j < k.length; j++)
            if (src[start + j] !== k.charCodeAt(j))
                continue next;
        return k;
    }
    return undefined;
}
/** Stands for an identifier whose text nothing reads (neither a keyword nor an operator). */
const ANY_IDENT = '\u0000ident';
function isIdentByte(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57) || c >= 0x80;
}
function isDigit(c) {
    return c >= 48 && c <= 57;
}
/** The line of a generated-file marker as go/ast.generator matches it. */
function isGeneratedCommentText(comment) {
    if (!comment.includes('// Code generated '))
        return false;
    return comment.split('\n').some(l => l.startsWith('// Code generated ') && l.slice('// Code generated '.length).endsWith(' DO NOT EDIT.'));
}
function go_source_scanner_scanGoSource(src) {
    const funcs = [];
    let generated = false;
    let beforePackage = true;
    const n = src.length;
    let i = 0;
    const at = { line: 1, lineStart: 0 };
    if (n >= 3 && src[0] === 0xef && src[1] === 0xbb && src[2] === 0xbf)
        i = 3;
    // Go's semicolon insertion: a newline after these tokens ends a statement.
    let insertsSemi = false;
    let atStatementStart = true;
    let depth = 0;
    let pending;
    const text = (a, b) => Buffer.from(src.buffer, src.byteOffset + a, b - a).toString('utf8');
    const semicolon = () => {
        insertsSemi = false;
        if (depth === 0) {
            atStatementStart = true;
            // A declaration without a body (assembly, linkname) ends at its semicolon.
            if (pending && pending.bodyDepth < 0 && pending.headerDepth === 0)
                pending = undefined;
        }
    };
    const token = (tok, kind, startOffset) => {
        const col = startOffset - at.lineStart + 1;
        if (kind === 'ident' || kind === 'keyword') {
            if (tok === 'package' && beforePackage)
                beforePackage = false;
            if (tok === 'func' && depth === 0 && atStatementStart && !pending) {
                pending = { name: '', startLine: at.line, startCol: col, headerDepth: 0, bodyDepth: -1, lastToken: 'func' };
                atStatementStart = false;
                return;
            }
        }
        atStatementStart = false;
        if (pending && pending.bodyDepth < 0) {
            if (kind === 'ident' && pending.name === '' && pending.headerDepth === 0) {
                // The first identifier at header depth 0 is the name (the receiver is inside parens).
                pending.name = tok;
            }
            if (tok === '(' || tok === '[')
                pending.headerDepth++;
            else if (tok === ')' || tok === ']')
                pending.headerDepth--;
            else if (tok === '{') {
                if (pending.headerDepth === 0 && pending.lastToken !== 'struct' && pending.lastToken !== 'interface') {
                    pending.bodyDepth = depth;
                }
                else
                    pending.headerDepth++;
            }
            else if (tok === '}')
                pending.headerDepth--;
            pending.lastToken = tok;
        }
        if (tok === '(' || tok === '[' || tok === '{')
            depth++;
        else if (tok === ')' || tok === ']' || tok === '}') {
            depth--;
            if (tok === '}' && pending && pending.bodyDepth === depth) {
                funcs.push({ name: pending.name, startLine: pending.startLine, startCol: pending.startCol, endLine: at.line, endCol: col + 1 });
                pending = undefined;
            }
        }
    };
    while (i < n) {
        const c = src[i];
        if (c === 10) {
            if (insertsSemi)
                semicolon();
            i++;
            at.line++;
            at.lineStart = i;
            continue;
        }
        if (c === 32 || c === 9 || c === 13) {
            i++;
            continue;
        }
        if (c === 47 && src[i + 1] === 47) {
            const start = i;
            while (i < n && src[i] !== 10)
                i++;
            if (beforePackage && !generated)
                generated = isGeneratedCommentText(text(start, i).replace(/\r/g, ''));
            continue; // the newline (if any) is handled next, a line comment acts like one
        }
        if (c === 47 && src[i + 1] === 42) {
            const start = i;
            const lineBefore = at.line;
            i = skipBlockComment(src, i, at);
            if (beforePackage && !generated)
                generated = isGeneratedCommentText(text(start, i).replace(/\r/g, ''));
            if (at.line !== lineBefore && insertsSemi)
                semicolon();
            continue;
        }
        const start = i;
        if (c === 34 /* " */ || c === 39 /* ' */) {
            i = skipQuoted(src, i);
            token('"', 'literal', start);
            insertsSemi = true;
            continue;
        }
        if (c === 96 /* ` */) {
            i = skipRawString(src, i, at);
            token('`', 'literal', start);
            insertsSemi = true;
            continue;
        }
        if (isDigit(c) || (c === 46 && isDigit(src[i + 1]))) {
            const hex = c === 48 && (src[i + 1] === 120 || src[i + 1] === 88);
            i++;
            while (i < n) {
                const d = src[i];
                if (isIdentByte(d) || d === 46)
                    i++;
                else if ((d === 43 || d === 45) && (src[i - 1] === 112 || src[i - 1] === 80 || (!hex && (src[i - 1] === 101 || src[i - 1] === 69))))
                    i++;
                else
                    break;
            }
            token('0', 'literal', start);
            insertsSemi = true;
            continue;
        }
        if (isIdentByte(c)) {
            while (i < n && isIdentByte(src[i]))
                i++;
            const keyword = keywordAt(src, start, i);
            // Only a function header reads an identifier's text (its name): elsewhere a placeholder saves making a string.
            const word = keyword ?? (pending && pending.bodyDepth < 0 ? text(start, i) : ANY_IDENT);
            token(word, keyword ? 'keyword' : 'ident', start);
            insertsSemi = keyword === undefined || KEYWORDS_INSERTING_SEMICOLON.has(keyword);
            continue;
        }
        // Operators and punctuation.
        i++;
        if (c === 59 /* ; */) {
            token(';', 'op', start);
            semicolon();
            continue;
        }
        if ((c === 43 || c === 45) && src[i] === c) {
            i++;
            token(c === 43 ? '++' : '--', 'op', start);
            insertsSemi = true;
            continue;
        }
        const op = String.fromCharCode(c);
        token(op, 'op', start);
        insertsSemi = c === 41 || c === 93 || c === 125;
        if (c === 123 && pending !== undefined && pending.bodyDepth === depth - 1) {
            // A function body opened: only its closing brace matters, so skip to it
            // on brackets, strings, runes, comments and newlines alone.
            i = skipBlock(src, i, at);
            if (i < 0)
                break; // unterminated: no declaration ends, as go/parser would reject the file
            depth = pending.bodyDepth;
            // The closing brace is at i - 1; the declaration ends just after it.
            funcs.push({ name: pending.name, startLine: pending.startLine, startCol: pending.startCol, endLine: at.line, endCol: i - at.lineStart + 1 });
            pending = undefined;
            atStatementStart = false;
            insertsSemi = true;
        }
    }
    return { funcs, generated };
}
/**
 * Skips a brace-delimited block whose `{` ends just before `from`: returns
 * the offset just after its matching `}` (or -1 if the source ends first),
 * counting lines into `at`. Inside a body the scanner needs no tokens, only
 * nesting, so this loop looks at each byte once.
 */
function skipBlock(src, from, at) {
    const n = src.length;
    let depth = 1;
    let i = from;
    while (i < n) {
        const c = src[i];
        if (c === 10) {
            at.line++;
            at.lineStart = ++i;
        }
        else if (c === 123 || c === 40 || c === 91) {
            depth++;
            i++;
        }
        else if (c === 125 || c === 41 || c === 93) {
            i++;
            if (--depth === 0 && c === 125)
                return i;
        }
        else if (c === 34 /* " */ || c === 39 /* ' */)
            i = skipQuoted(src, i);
        else if (c === 96 /* ` */)
            i = skipRawString(src, i, at);
        else if (c === 47 /* / */ && src[i + 1] === 47) {
            while (i < n && src[i] !== 10)
                i++;
        }
        else if (c === 47 && src[i + 1] === 42)
            i = skipBlockComment(src, i, at);
        else
            i++;
    }
    return -1;
}
/** The offset after the interpreted string or rune opening at `from` (it cannot span lines). */
function skipQuoted(src, from) {
    const quote = src[from];
    let i = from + 1;
    while (i < src.length && src[i] !== quote && src[i] !== 10)
        i += src[i] === 92 ? 2 : 1;
    return i + 1;
}
/** The offset after the raw string opening at `from`, counting its lines into `at`. */
function skipRawString(src, from, at) {
    let i = from + 1;
    while (i < src.length && src[i] !== 96) {
        if (src[i] === 10) {
            at.line++;
            at.lineStart = i + 1;
        }
        i++;
    }
    return i + 1;
}
/** The offset after the block comment opening at `from` (at most the source's end), counting its lines into `at`. */
function skipBlockComment(src, from, at) {
    let i = from + 2;
    while (i < src.length && !(src[i] === 42 && src[i + 1] === 47)) {
        if (src[i] === 10) {
            at.line++;
            at.lineStart = i + 1;
        }
        i++;
    }
    return Math.min(src.length, i + 2);
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/coverage/func-coverage.ts


/**
 * Statements of `blocks` inside each function, as cmd/cover's
 * FuncExtent.coverage counts them: a block belongs to a function unless it
 * starts at or after the function's end or ends at or before its start.
 * `blocks` must be sorted by start (as a merged profile is), `funcs` in source
 * order without overlaps (as scanGoSource returns them).
 */
function funcCoverage(blocks, funcs) {
    // Functions come in source order and do not overlap, so a leading block that
    // ends before one function's start ends before every later one's: skipping
    // that prefix for good keeps a file with thousands of functions linear.
    let first = 0;
    return funcs.map(f => {
        let covered = 0;
        let total = 0;
        while (first < blocks.length && endsBefore(blocks[first], f))
            first++;
        for (let i = first; i < blocks.length; i++) {
            const b = blocks[i];
            if (b.startLine > f.endLine || (b.startLine === f.endLine && b.startCol >= f.endCol))
                break;
            if (endsBefore(b, f))
                continue;
            total += b.numStmt;
            if (b.count > 0)
                covered += b.numStmt;
        }
        return { func: f, covered, total };
    });
}
function endsBefore(b, f) {
    return b.endLine < f.startLine || (b.endLine === f.startLine && b.endCol <= f.startCol);
}
/** The `go tool cover -func` total for one file. */
function funcTotals(blocks, funcs) {
    let covered = 0;
    let total = 0;
    for (const r of funcCoverage(blocks, funcs)) {
        covered += r.covered;
        total += r.total;
    }
    return { covered, total };
}
/** Statement totals of blocks: what `go test -cover` counts. */
function blockTotals(blocks) {
    let covered = 0;
    let total = 0;
    for (const b of blocks) {
        total += b.numStmt;
        if (b.count > 0)
            covered += b.numStmt;
    }
    return { covered, total };
}
/**
 * The `go tool cover -func` total of a whole profile: `source(fileName)`
 * returns a profile file's Go source (the caller maps import paths to files).
 */
async function profileFuncTotals(files, source) {
    let covered = 0;
    let total = 0;
    const get = readAhead(files.length, i => source(files[i].fileName));
    for (const [i, f] of files.entries()) {
        const t = funcTotals(f.blocks, scanGoSource(await get(i)).funcs);
        covered += t.covered;
        total += t.total;
    }
    return { covered, total };
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/coverage/exact-percent.ts
/**
 * Exact percentage arithmetic. Coverage stays as integers (covered, total);
 * thresholds and drops given as decimals (72.5, 8.01) become exact fractions
 * of BigInts, so no float rounding ever decides a verdict.
 */
function parseDecimal(text) {
    const m = /^\+?(\d+)(?:\.(\d+))?$/.exec(text.trim()) ?? /^\+?()\.(\d+)$/.exec(text.trim());
    if (!m)
        return undefined;
    const frac = m[2] ?? '';
    return { text: text.trim(), numerator: BigInt((m[1] || '0') + frac), denominator: 10n ** BigInt(frac.length) };
}
/** covered/total >= T% exactly, i.e. covered*100 >= T*total. An empty total passes nothing but T = 0. */
function meetsPercent(covered, total, t) {
    return BigInt(covered) * 100n * t.denominator >= t.numerator * BigInt(total);
}
/**
 * The drop in percentage points from base to head, as an exact fraction
 * (positive when coverage fell): 100*(bc/bt - hc/ht).
 */
function dropFraction(base, head) {
    const bt = BigInt(base.total || 1);
    const ht = BigInt(head.total || 1);
    return { num: 100n * (BigInt(base.covered) * ht - BigInt(head.covered) * bt), den: bt * ht };
}
/** fraction > decimal, exactly. */
function fractionExceeds(f, d) {
    return f.num * d.denominator > d.numerator * f.den;
}
/** |fraction| < decimal, exactly. */
function fractionWithin(f, d) {
    const abs = f.num < 0n ? -f.num : f.num;
    return abs * d.denominator < d.numerator * f.den;
}
/** A fraction shown with `decimals` places, truncated toward zero (never rounded across a limit). */
function formatFraction(f, decimals = 2, signed = true) {
    const neg = f.num < 0n;
    const abs = neg ? -f.num : f.num;
    const scale = 10n ** BigInt(decimals);
    const scaled = (abs * scale) / f.den;
    const whole = scaled / scale;
    const frac = (scaled % scale).toString().padStart(decimals, '0');
    const body = decimals ? `${whole}.${frac}` : `${whole}`;
    if (scaled === 0n)
        return body;
    return neg ? `-${body}` : signed ? `+${body}` : body;
}
/** covered/total as a percentage string, truncated (79.99% never shows as 80.0%). */
function formatCoverage(covered, total, decimals = 1) {
    if (total === 0)
        return 'n/a';
    return `${formatFraction({ num: BigInt(covered) * 100n, den: BigInt(total) }, decimals, false)}%`;
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/coverage/baseline.ts
const BASELINE_SCHEMA = 'go-ci-gates/coverage-baseline@1';
function serializeBaseline(b) {
    const files = {};
    for (const k of Object.keys(b.files).sort())
        files[k] = b.files[k];
    return JSON.stringify({ ...b, files }, null, 1) + '\n';
}
/** At most `max` characters of untrusted text, JSON-quoted: no raw newline, quote or control character gets through. */
function excerpt(text, max = 40) {
    const chars = [...text];
    return JSON.stringify(chars.slice(0, max).join('')).replace(/"$/, chars.length > max ? '…"' : '"');
}
/** At most `max` characters of a parsed value as JSON (already escaped: one line, no control characters). */
function jsonExcerpt(value, max = 40) {
    const json = [...(JSON.stringify(value) ?? 'undefined')];
    return json.length > max ? `${json.slice(0, max).join('')}…` : json.join('');
}
/** A count go could have produced: a non-negative safe integer. */
const isCount = (n) => Number.isSafeInteger(n) && n >= 0;
/**
 * Parses and validates a baseline record; returns a reason string when it is
 * not one this version reads or its numbers cannot be true (covered above
 * total, negative, fractional or unsafe counts, a total that is not the sum of
 * its files). Judged, such a baseline gives nonsense: [9, 0] for a file made a
 * "drop" of 875 points. The caller treats it as missing. The reason quotes the
 * record only as short escaped excerpts: a baseline file can come from the checkout.
 */
function parseBaseline(text) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        // Not the engine's message: it quotes the text raw, newlines included.
        return `not JSON, starting ${excerpt(text)}`;
    }
    if (!v || typeof v !== 'object' || Array.isArray(v))
        return 'not a JSON object';
    const o = v;
    if (o.schema !== BASELINE_SCHEMA)
        return `schema ${jsonExcerpt(o.schema)} is not ${BASELINE_SCHEMA}`;
    const isCounts = (c) => !!c && typeof c === 'object' && isCount(c.covered) && isCount(c.total) && c.covered <= c.total;
    if (!isCounts(o.total))
        return 'total must be {covered, total} integers with 0 <= covered <= total';
    if (o.denominator !== 'statements' && o.denominator !== 'func')
        return `unknown denominator ${jsonExcerpt(o.denominator)}`;
    if (!o.files || typeof o.files !== 'object' || Array.isArray(o.files))
        return 'files must be an object';
    for (const key of ['commit', 'goVersion', 'mode']) {
        if (o[key] !== undefined && typeof o[key] !== 'string')
            return `${key} must be a string`;
    }
    const sum = { covered: 0, total: 0 };
    for (const [k, c] of Object.entries(o.files)) {
        if (!Array.isArray(c) || c.length !== 2 || !isCount(c[0]) || !isCount(c[1]) || c[0] > c[1]) {
            return `files[${jsonExcerpt(k)}] must be [covered, total] with 0 <= covered <= total, not ${jsonExcerpt(c)}`;
        }
        sum.covered += c[0];
        sum.total += c[1];
    }
    // A saved baseline's total is the sum of its files' counts (both in the same denominator).
    if (sum.covered !== o.total.covered || sum.total !== o.total.total) {
        return `total ${JSON.stringify({ covered: o.total.covered, total: o.total.total })} is not the sum of the files (${JSON.stringify(sum)})`;
    }
    return {
        schema: BASELINE_SCHEMA,
        commit: o.commit ?? '',
        goVersion: o.goVersion ?? '',
        mode: o.mode ?? '',
        denominator: o.denominator,
        total: { covered: o.total.covered, total: o.total.total },
        files: o.files
    };
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/coverage/unified-diff.ts
function parseUnifiedDiff(diff) {
    const files = new Map();
    let current;
    for (const raw of diff.split('\n')) {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (line.startsWith('+++ ')) {
            const name = line.slice(4);
            if (name === '/dev/null') {
                current = undefined;
                continue;
            }
            const p = unquoteGitPath(name).replace(/^b\//, '');
            current = files.get(p) ?? [];
            files.set(p, current);
            continue;
        }
        const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
        if (m && current) {
            const start = Number(m[1]);
            const count = m[2] === undefined ? 1 : Number(m[2]);
            if (count > 0)
                current.push([start, start + count - 1]);
        }
    }
    for (const [k, ranges] of files) {
        if (ranges.length === 0)
            files.delete(k);
        else
            ranges.sort((a, b) => a[0] - b[0]);
    }
    return { files };
}
/** Git quotes paths with unusual bytes as C strings: "b/d\303\251j\303\240.go". */
function unquoteGitPath(p) {
    if (!p.startsWith('"') || !p.endsWith('"'))
        return p;
    const bytes = [];
    const s = p.slice(1, -1);
    for (let i = 0; i < s.length; i++) {
        if (s[i] !== '\\') {
            bytes.push(...Buffer.from(s[i], 'utf8'));
            continue;
        }
        const n = s[++i];
        if (/[0-7]/.test(n)) {
            bytes.push(parseInt(s.slice(i, i + 3), 8));
            i += 2;
        }
        else
            bytes.push({ n: 10, t: 9, '"': 34, '\\': 92, a: 7, b: 8, f: 12, r: 13, v: 11 }[n] ?? n.charCodeAt(0));
    }
    return Buffer.from(bytes).toString('utf8');
}
/** Whether [a, b] intersects any of the sorted ranges. */
function intersectsRanges(ranges, a, b) {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const [s, e] = ranges[mid];
        if (e < a)
            lo = mid + 1;
        else if (s > b)
            hi = mid - 1;
        else
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/coverage/badge.ts

/** Approximate Verdana 11px advance widths, enough for a badge's layout. */
function textWidth(s) {
    let w = 0;
    for (const ch of s)
        w += /[ilI.,:;|!']/.test(ch) ? 3.5 : /[mwMW%]/.test(ch) ? 10 : /[A-Z0-9]/.test(ch) ? 7.5 : 6.5;
    return Math.round(w + 10);
}
/** A flat shields-style SVG badge; the colour follows the value against the threshold. */
function coverageBadgeSvg(label, value, color) {
    const lw = textWidth(label);
    const vw = textWidth(value);
    const w = lw + vw;
    const l = escapeHtml(label);
    const v = escapeHtml(value);
    return (`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${l}: ${v}">` +
        `<title>${l}: ${v}</title>` +
        `<rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${vw}" height="20" fill="${color}"/>` +
        `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">` +
        `<text x="${lw / 2}" y="14">${l}</text><text x="${lw + vw / 2}" y="14">${v}</text></g></svg>\n`);
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/coverage/index.ts








// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: ./packages/core/src/net/http-exchange.ts


/**
 * Why an exchange failed, without the method and URL (callers name the URL their own way: the cache
 * client only its path, since a blob URL's query is a signature). `tooLarge` is set for a limit with
 * `over: 'fail'`.
 */
class HttpExchangeError extends Error {
    reason;
    tooLarge;
    constructor(message, reason, tooLarge) {
        super(message);
        this.reason = reason;
        this.tooLarge = tooLarge;
    }
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
const CREDENTIALS = new Set(['authorization', 'cookie', 'proxy-authorization']);
/**
 * One HTTP exchange over node:http/https, the one every client of the project builds on (the
 * Actions-cache client, the checksum-database fetcher and its route probe). Not global fetch: in
 * Node 20 its first call loads undici, which cost 55-77 ms of wall time and about 100 ms more CPU
 * than node:http for the same first request (node /tmp/f1.mjs fetch|http, 3 runs each, 2 cores),
 * on every run of a gate that restores kept state, while go holds the cores.
 *
 * A GET follows up to 5 redirects (as fetch did), never from https to http, and sends credentials
 * only to the origin they were given for; other methods do not follow redirects. An answer cut off
 * by the connection is an error, never a short body; so is one still incomplete at the deadline.
 */
function httpExchange(method, url, opts) {
    const deadline = Date.now() + opts.timeoutMs;
    const fail = (u, reason, tooLarge) => new HttpExchangeError(`${method} ${u.pathname}: ${reason}`, reason, tooLarge);
    const once = (target, redirects, headers) => new Promise((resolve, reject) => {
        if (target.protocol !== 'http:' && target.protocol !== 'https:')
            return reject(fail(target, `not an http(s) URL (${target.protocol})`));
        let settled = false;
        const finish = (err, answer) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            if (err) {
                req.destroy();
                reject(err);
            }
            else
                resolve(answer);
        };
        const timer = setTimeout(() => finish(fail(target, `no complete answer within ${opts.timeoutMs} ms`)), Math.max(0, deadline - Date.now()));
        const sent = { ...headers };
        if (opts.body)
            sent['content-length'] = opts.body.length;
        const req = (target.protocol === 'https:' ? external_node_https_namespaceObject : external_node_http_).request(target, { method, headers: sent, agent: opts.agent?.(target.protocol) }, res => {
            const status = res.statusCode ?? 0;
            if (method === 'GET' && REDIRECTS.has(status) && res.headers.location) {
                res.resume();
                let next;
                try {
                    next = new URL(res.headers.location, target);
                }
                catch {
                    return finish(fail(target, `redirected to ${JSON.stringify(res.headers.location.slice(0, 100))}, which is not a URL`));
                }
                if (redirects >= MAX_REDIRECTS)
                    return finish(fail(target, `more than ${MAX_REDIRECTS} redirects`));
                if (target.protocol === 'https:' && next.protocol !== 'https:')
                    return finish(fail(target, `redirected from https to ${next.protocol}`));
                // Credentials stay with the origin they were meant for (as fetch does): a redirect to another
                // host (a blob store, or a proxy's doing) must not carry the runner's token there.
                const kept = next.origin === target.origin ? headers : Object.fromEntries(Object.entries(headers).filter(([k]) => !CREDENTIALS.has(k.toLowerCase())));
                clearTimeout(timer);
                settled = true;
                resolve(once(next, redirects + 1, kept));
                return;
            }
            const limit = opts.limit?.(status) ?? { bytes: Infinity, over: 'fail' };
            const declared = Number(res.headers['content-length']);
            if (limit.over === 'fail' && declared > limit.bytes) {
                return finish(fail(target, 'answer too large', { limit: limit.bytes, what: `announced ${declared} bytes` }));
            }
            const chunks = [];
            let received = 0;
            let cut = false;
            const done = () => finish(undefined, Object.assign(Buffer.concat(chunks), { status }));
            res.on('data', (c) => {
                if (settled || cut)
                    return;
                if (received + c.length > limit.bytes) {
                    if (limit.over === 'fail')
                        return finish(fail(target, 'answer too large', { limit: limit.bytes, what: `more than ${limit.bytes} bytes` }));
                    chunks.push(c.subarray(0, limit.bytes - received));
                    cut = true;
                    res.destroy(); // the start is all that is wanted
                    return done();
                }
                received += c.length;
                chunks.push(c);
            });
            res.on('end', done);
            res.on('close', () => {
                if (!res.complete)
                    finish(fail(target, 'connection closed before the end of the answer'));
            });
            res.on('error', err => finish(fail(target, describeNetworkError(err))));
        });
        req.on('error', err => finish(fail(target, describeNetworkError(err))));
        req.end(opts.body);
    });
    let start;
    try {
        start = new URL(url);
    }
    catch {
        return Promise.reject(new HttpExchangeError(`${method} ${url}: not a URL`, 'not a URL'));
    }
    return once(start, 0, { ...opts.headers });
}
/** A network error as a line: its code first when the message does not name it. */
function describeNetworkError(err) {
    const e = err;
    return e.code && !e.message.includes(e.code) ? `${e.code}: ${e.message}` : e.message;
}

;// CONCATENATED MODULE: ./packages/core/src/cache/state-cache.ts






/**
 * A state bundle: the header line, a JSON line listing each file's path and size, then the
 * files' bytes one after another. It was JSON with each file in base64 (the first format, still
 * read): for sumdb's ~0.8 MB of tiles, decoding that took 30-45 ms of a warm
 * mod-review run's CPU, where slicing the bytes takes none.
 */
const BUNDLE_HEADER = 'go-ci-gates state 2\n';
/**
 * The Actions-cache version of every entry, kept from the first format: a gate reads bundles of
 * both, so an upgrade loses no kept state (coverage-gate's baselines among it). A gate older than
 * format 2 that meets one warns and goes on without it, as with any unreadable entry.
 */
const CACHE_NAMESPACE = 'go-ci-gates-state-1';
// Packing and unpacking use synchronous file calls on purpose: a state holds a few small files, and
// each asynchronous call is a thread-pool round trip plus an event-loop turn. While go keeps both
// cores busy that is about 2 ms a call: restoring 97 files took 0.7 s in mod-review's warm bench
// run, against a few ms done synchronously.
async function packDir(dir) {
    const files = [];
    const bodies = [];
    function walk(d, rel) {
        for (const e of (0,external_node_fs_namespaceObject.readdirSync)(d, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name))) {
            const r = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory())
                walk(external_node_path_namespaceObject.join(d, e.name), r);
            else if (e.isFile()) {
                const body = (0,external_node_fs_namespaceObject.readFileSync)(external_node_path_namespaceObject.join(d, e.name));
                files.push([r, body.length]);
                bodies.push(body);
            }
        }
    }
    walk(dir, '');
    return Buffer.concat([Buffer.from(`${BUNDLE_HEADER}${JSON.stringify({ files })}\n`), ...bodies]);
}
/** The files of a bundle (either format); throws when it is not one, before anything is written. */
function bundleFiles(data) {
    const notBundle = new Error('cache entry is not a go-ci-gates state bundle');
    const header = Buffer.from(BUNDLE_HEADER);
    if (data.subarray(0, header.length).equals(header)) {
        const eol = data.indexOf(10, header.length);
        if (eol < 0)
            throw notBundle;
        let index;
        try {
            index = JSON.parse(data.subarray(header.length, eol).toString('utf8'));
        }
        catch {
            throw notBundle;
        }
        if (!index || !Array.isArray(index.files))
            throw notBundle;
        const out = [];
        let at = eol + 1;
        for (const entry of index.files) {
            if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Number.isSafeInteger(entry[1]) || entry[1] < 0 || at + entry[1] > data.length)
                throw notBundle;
            out.push([entry[0], data.subarray(at, at + entry[1])]);
            at += entry[1];
        }
        if (at !== data.length)
            throw notBundle;
        return out;
    }
    // The first format, written by an earlier version.
    let bundle;
    try {
        bundle = JSON.parse(data.toString('utf8'));
    }
    catch {
        throw notBundle;
    }
    if (!bundle || typeof bundle.files !== 'object' || bundle.files === null)
        throw notBundle;
    return Object.entries(bundle.files).map(([rel, b64]) => {
        if (typeof b64 !== 'string')
            throw notBundle;
        return [rel, Buffer.from(b64, 'base64')];
    });
}
async function unpackInto(data, dir) {
    const files = bundleFiles(data);
    const root = external_node_path_namespaceObject.resolve(dir);
    const targets = new Set();
    for (const [rel] of files) {
        const target = external_node_path_namespaceObject.resolve(root, rel);
        if (!target.startsWith(root + external_node_path_namespaceObject.sep) || rel.includes('\0'))
            throw new Error(`cache entry has an unsafe path: ${rel}`);
        if (targets.has(target))
            throw new Error(`cache entry names a file twice: ${rel}`);
        targets.add(target);
    }
    // What this restore wrote, removed again when a later file cannot be written (a path that is also
    // another's directory, a full disk): a restore is whole or leaves nothing.
    const written = [];
    const madeDirs = [];
    const made = new Set();
    try {
        for (const [rel, body] of files) {
            const target = external_node_path_namespaceObject.resolve(root, rel);
            const parent = external_node_path_namespaceObject.dirname(target);
            if (!made.has(parent)) {
                const first = (0,external_node_fs_namespaceObject.mkdirSync)(parent, { recursive: true });
                if (first)
                    madeDirs.push(first);
                made.add(parent);
            }
            // A new file only (the restore directory is new): never through a link, never over another's file.
            (0,external_node_fs_namespaceObject.writeFileSync)(target, body, { flag: 'wx' });
            written.push(target);
        }
    }
    catch (err) {
        for (const f of written)
            (0,external_node_fs_namespaceObject.rmSync)(f, { force: true });
        for (const d of madeDirs.reverse())
            (0,external_node_fs_namespaceObject.rmSync)(d, { recursive: true, force: true });
        throw err;
    }
}
/** A directory on disk as the store (for users without the Actions cache, the CLI and tests). */
class DirectoryStateCache {
    root;
    log;
    description;
    constructor(root, log) {
        this.root = root;
        this.log = log;
        this.description = `directory ${root}`;
    }
    file(key) {
        return path.join(this.root, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`);
    }
    async restore(key, restoreKeys, dir) {
        try {
            const index = await this.index();
            const hit = [key, ...restoreKeys].map(k => (k === key ? (index[k] ? k : undefined) : newestWithPrefix(index, k))).find(Boolean);
            if (!hit)
                return undefined;
            await unpackInto(await fs.readFile(this.file(hit)), dir);
            return hit;
        }
        catch (err) {
            this.log.warning(`Could not restore state from ${this.description}: ${errorMessage(err)}`);
            return undefined;
        }
    }
    async save(key, dir) {
        try {
            await fs.mkdir(this.root, { recursive: true });
            await fs.writeFile(this.file(key), await packDir(dir));
            const index = await this.index();
            index[key] = Object.keys(index).length + 1;
            await fs.writeFile(path.join(this.root, 'index.json'), JSON.stringify(index, null, 2));
            return true;
        }
        catch (err) {
            this.log.warning(`Could not save state to ${this.description}: ${errorMessage(err)}`);
            return false;
        }
    }
    async index() {
        try {
            return JSON.parse(await fs.readFile(path.join(this.root, 'index.json'), 'utf8'));
        }
        catch {
            return {};
        }
    }
}
function newestWithPrefix(index, prefix) {
    return Object.entries(index)
        .filter(([k]) => k.startsWith(prefix))
        .sort((a, b) => b[1] - a[1])[0]?.[0];
}
const CACHE_SERVICE = 'github.actions.results.api.v1.CacheService';
/**
 * The GitHub Actions cache service (v2: twirp JSON calls to the results
 * service, blobs through the signed URLs it returns). We speak it directly
 * rather than through @actions/cache: our state is a few small files (no
 * tar/zstd needed), and the library reports service outages as `::error`
 * annotations, where a gate's missing state is only worth a warning.
 */
class ActionsStateCache {
    opts;
    description = 'the GitHub Actions cache';
    version;
    constructor(opts) {
        this.opts = opts;
        this.version = (0,external_node_crypto_.createHash)('sha256')
            .update(`${CACHE_NAMESPACE}|${opts.version ?? ''}`)
            .digest('hex');
    }
    async restore(key, restoreKeys, dir) {
        try {
            const res = await this.twirp('GetCacheEntryDownloadURL', { key, restore_keys: restoreKeys, version: this.version });
            const url = res.signed_download_url ?? res.signedDownloadUrl;
            if (!res.ok || !url)
                return undefined;
            const blob = await this.http('GET', url);
            await unpackInto(blob, dir);
            return res.matched_key ?? res.matchedKey ?? key;
        }
        catch (err) {
            this.opts.log.warning(`Could not restore state from ${this.description}: ${errors_errorMessage(err)}`);
            return undefined;
        }
    }
    async save(key, dir) {
        try {
            const data = await packDir(dir);
            const created = await this.twirp('CreateCacheEntry', {
                key,
                version: this.version
            });
            const url = created.signed_upload_url ?? created.signedUploadUrl;
            if (!created.ok || !url) {
                // The service refuses a key that already exists (entries are immutable): not an error.
                this.opts.log.info(`State not saved to ${this.description}: ${created.message || 'entry exists or the cache is read-only'}`);
                return false;
            }
            await this.http('PUT', url, data, { 'x-ms-blob-type': 'BlockBlob', 'x-ms-version': '2023-11-03', 'content-type': 'application/octet-stream' });
            const fin = await this.twirp('FinalizeCacheEntryUpload', {
                key,
                size_bytes: String(data.length),
                version: this.version
            });
            if (!fin.ok)
                throw new Error(`finalize refused${fin.message ? `: ${fin.message}` : ''}`);
            return true;
        }
        catch (err) {
            this.opts.log.warning(`Could not save state to ${this.description}: ${errors_errorMessage(err)}`);
            return false;
        }
    }
    async twirp(method, body) {
        const url = new URL(`twirp/${CACHE_SERVICE}/${method}`, this.opts.resultsUrl.endsWith('/') ? this.opts.resultsUrl : `${this.opts.resultsUrl}/`);
        const data = await this.http('POST', url.href, Buffer.from(JSON.stringify(body)), {
            'content-type': 'application/json',
            authorization: `Bearer ${this.opts.token}`
        });
        return serviceJson(data, `the cache service (${method})`);
    }
    http(method, url, body, headers = {}) {
        return httpWithRetries(this.opts, method, url, body, headers);
    }
}
class NonRetryable extends Error {
}
/**
 * A cache service's JSON answer. A proxy's sign-in page or a wrong
 * ACTIONS_RESULTS_URL/ACTIONS_CACHE_URL answers with HTML, and JSON.parse would
 * say only "Unexpected token '<'": say what came back and what to check.
 */
function serviceJson(data, what) {
    const text = data.toString('utf8');
    try {
        return JSON.parse(text);
    }
    catch {
        const start = text.trim().replace(/\s+/g, ' ');
        throw new Error(`${what} answered with something that is not JSON (it starts ${JSON.stringify(start.length > 60 ? start.slice(0, 60) + '…' : start)}); check that the runner's cache service URL (ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL) is the cache service and that no proxy answers in its place`);
    }
}
/** One HTTP exchange with retries on 5xx, 429 and network errors; other 4xx fail at once. */
async function httpWithRetries(opts, method, url, body, headers = {}, accept = () => false) {
    const attempts = opts.attempts ?? 3;
    let last;
    for (let attempt = 1; attempt <= attempts; attempt++) {
        try {
            const buf = await httpExchange(method, url, { body, headers, timeoutMs: opts.timeoutMs ?? 30_000 });
            if ((buf.status >= 200 && buf.status < 300) || accept(buf.status))
                return buf;
            const what = `${method} ${new URL(url).pathname} answered ${buf.status}${buf.length ? `: ${buf.toString('utf8').slice(0, 200)}` : ''}`;
            if (buf.status < 500 && buf.status !== 429)
                throw new NonRetryable(what);
            last = new Error(what);
        }
        catch (err) {
            if (err instanceof NonRetryable)
                throw err;
            last = err;
        }
        if (attempt < attempts)
            await new Promise(r => setTimeout(r, (opts.backoffMs ?? 500) * 2 ** (attempt - 1)));
    }
    throw last instanceof Error ? new Error(`${last.message} (after ${attempts} attempts)`) : last;
}
/**
 * The v1 cache service (`_apis/artifactcache`), which GitHub Enterprise
 * Server and act's built-in cache server speak: look up by keys, reserve,
 * upload the bytes with PATCH and a Content-Range, commit with the size.
 * Same entries, keys and immutability as v2.
 */
class ActionsStateCacheV1 {
    opts;
    description = 'the GitHub Actions cache';
    version;
    constructor(opts) {
        this.opts = opts;
        this.version = (0,external_node_crypto_.createHash)('sha256')
            .update(`${CACHE_NAMESPACE}|${opts.version ?? ''}`)
            .digest('hex');
    }
    async restore(key, restoreKeys, dir) {
        try {
            const keys = [key, ...restoreKeys];
            // The service takes the keys comma-separated: a comma inside one would split it.
            if (keys.some(k => k.includes(',')))
                throw new Error('a cache key may not contain a comma');
            const url = this.url(`cache?keys=${encodeURIComponent(keys.join(','))}&version=${this.version}`);
            const res = await this.request('GET', url, undefined, {}, status => status === 204);
            if (res.status === 204 || res.length === 0)
                return undefined;
            const entry = serviceJson(res, 'the cache service (GET cache)');
            if (!entry.archiveLocation)
                return undefined;
            await unpackInto(await httpWithRetries(this.opts, 'GET', entry.archiveLocation), dir);
            return entry.cacheKey ?? key;
        }
        catch (err) {
            this.opts.log.warning(`Could not restore state from ${this.description}: ${errors_errorMessage(err)}`);
            return undefined;
        }
    }
    async save(key, dir) {
        try {
            if (key.includes(','))
                throw new Error('a cache key may not contain a comma');
            const data = await packDir(dir);
            const reserved = await this.request('POST', this.url('caches'), Buffer.from(JSON.stringify({ key, version: this.version, cacheSize: data.length })), { 'content-type': 'application/json' }, status => status === 409 || status === 400);
            const status = reserved.status;
            const cacheId = status === 409 || status === 400 ? undefined : serviceJson(reserved, 'the cache service (POST caches)').cacheId;
            if (cacheId === undefined) {
                // The service refuses a key that already exists (entries are immutable): not an error.
                this.opts.log.info(`State not saved to ${this.description}: entry ${key} exists or the cache is read-only`);
                return false;
            }
            await this.request('PATCH', this.url(`caches/${cacheId}`), data, {
                'content-type': 'application/octet-stream',
                'content-range': `bytes 0-${data.length - 1}/*`
            });
            await this.request('POST', this.url(`caches/${cacheId}`), Buffer.from(JSON.stringify({ size: data.length })), { 'content-type': 'application/json' });
            return true;
        }
        catch (err) {
            this.opts.log.warning(`Could not save state to ${this.description}: ${errors_errorMessage(err)}`);
            return false;
        }
    }
    url(rest) {
        const base = this.opts.cacheUrl.endsWith('/') ? this.opts.cacheUrl : `${this.opts.cacheUrl}/`;
        return `${base}_apis/artifactcache/${rest}`;
    }
    request(method, url, body, headers = {}, accept) {
        return httpWithRetries(this.opts, method, url, body, { accept: 'application/json;api-version=6.0-preview.1', authorization: `Bearer ${this.opts.token}`, ...headers }, accept);
    }
}
/** A store that never has anything (no cache service, or the user turned it off). */
class NoStateCache {
    description;
    constructor(description) {
        this.description = description;
    }
    async restore() {
        return undefined;
    }
    async save() {
        return false;
    }
}
/**
 * The Actions cache when the runner provides it, else a store that is always
 * empty, with a warning that says why. v2 (ACTIONS_RESULTS_URL) where the
 * runner says the service is v2 (ACTIONS_CACHE_SERVICE_V2, as on github.com)
 * or offers nothing else; v1 (ACTIONS_CACHE_URL) otherwise: GitHub Enterprise
 * Server and act.
 */
function actionsStateCache(env, log, version) {
    const resultsUrl = env.ACTIONS_RESULTS_URL;
    const cacheUrl = env.ACTIONS_CACHE_URL;
    const token = env.ACTIONS_RUNTIME_TOKEN;
    const v2 = Boolean(env.ACTIONS_CACHE_SERVICE_V2) || !cacheUrl;
    if (token && v2 && resultsUrl)
        return new ActionsStateCache({ resultsUrl, token, log, version });
    if (token && cacheUrl)
        return new ActionsStateCacheV1({ cacheUrl, token, log, version });
    log.warning('The GitHub Actions cache service is not available here (no ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL, or no ACTIONS_RUNTIME_TOKEN); state is not kept between runs.');
    return new NoStateCache('the Actions cache (not available here)');
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/baseline-store.ts




const FILE = 'coverage-baseline.json';
const KEY_PREFIX = 'go-ci-gates-coverage-baseline-v1-';
/** A baseline file (the baseline-path input, resolved so that it is never written through a symlink). */
class FileBaselineStore {
    target;
    file;
    constructor(target) {
        this.target = target;
        this.file = target.path;
    }
    async load() {
        let text;
        try {
            text = await external_node_fs_namespaceObject.promises.readFile(this.file, 'utf8');
        }
        catch {
            return { detail: `no baseline file at ${this.file}` };
        }
        const parsed = parseBaseline(text);
        if (typeof parsed === 'string')
            return { detail: `the baseline file ${this.file} is not valid`, invalid: parsed };
        return { baseline: parsed, detail: `file ${this.file}` };
    }
    async save(b) {
        await writeResolvedFile(this.target, serializeBaseline(b));
        return `Baseline written to ${this.file}.`;
    }
}
/**
 * A branch name as a key part no other branch's can start, and that can never
 * look like a module scope: a-z and 0-9 stay, every other byte (`-`, `/`,
 * `.`, `_`, uppercase, non-ASCII) becomes `_` and two hex digits. It holds no
 * `-`, so in `<prefix>-<branch>-<sha>` the branch ends at the first `-`
 * (`main-` never starts `main_2dx-`), and no `.`, so it never begins like a
 * scoped key's `m.<scope>`. main, master, develop and other names of a-z and
 * 0-9 are unchanged: their keys are the ones earlier releases wrote.
 */
function branchKey(branch) {
    let key = '';
    for (const byte of Buffer.from(branch, 'utf8')) {
        const c = String.fromCharCode(byte);
        key += /[a-z0-9]/.test(c) ? c : `_${byte.toString(16).padStart(2, '0')}`;
    }
    return key;
}
/**
 * Cache keys carry the branch and commit (entries are immutable); a run
 * restores the newest entry of its base branch by prefix, which pull
 * requests (forks included) may read but never write. When the workspace holds
 * several modules and 'modules' selects some of them (the reusable workflow's
 * one job per module), the key carries their scope (modulesScope: no module's
 * can start another's), so each module keeps its own baseline; a repository
 * with one module keeps the unscoped key it always had. Keys:
 *
 *   go-ci-gates-coverage-baseline-v1-<branchKey>-<sha>             one module
 *   go-ci-gates-coverage-baseline-v1-m.<scope>-<branchKey>-<sha>   a scope of modules
 *
 * Neither the scope nor the branch key holds `-`, and a branch key holds no
 * `.`, so no branch's or scope's prefix starts another's keys.
 */
class CacheBaselineStore {
    cache;
    branch;
    sha;
    dir;
    log;
    scope;
    constructor(cache, branch, sha, dir, log, scope = '') {
        this.cache = cache;
        this.branch = branch;
        this.sha = sha;
        this.dir = dir;
        this.log = log;
        this.scope = scope;
    }
    get scopePrefix() {
        return this.scope ? `${KEY_PREFIX}m.${this.scope}-` : KEY_PREFIX;
    }
    get prefix() {
        return `${this.scopePrefix}${branchKey(this.branch)}-`;
    }
    /**
     * Where releases before branch keys saved a one-module baseline for a branch
     * with characters outside a-z0-9 (the raw name): read, never written. That
     * prefix also starts other branches' keys (release-1- starts release-1-rc's),
     * so an entry under it counts only when the rest of its key is a commit.
     */
    get legacyPrefix() {
        const legacy = `${KEY_PREFIX}${this.branch}-`;
        return this.scope || legacy === this.prefix ? undefined : legacy;
    }
    async load() {
        const restoreDir = external_node_path_namespaceObject.join(this.dir, 'restore');
        await external_node_fs_namespaceObject.promises.mkdir(restoreDir, { recursive: true });
        const legacy = this.legacyPrefix;
        const hit = await this.cache.restore(`${this.prefix}${this.sha}`, legacy ? [this.prefix, legacy] : [this.prefix], restoreDir);
        const none = { detail: `no baseline for branch ${this.branch} in ${this.cache.description}` };
        if (!hit)
            return none;
        if (!hit.startsWith(this.prefix)) {
            if (!legacy || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(hit.slice(legacy.length)))
                return none;
        }
        try {
            const parsed = parseBaseline(await external_node_fs_namespaceObject.promises.readFile(external_node_path_namespaceObject.join(restoreDir, FILE), 'utf8'));
            if (typeof parsed === 'string')
                return { detail: `the cached baseline ${hit} is not valid`, invalid: parsed };
            return { baseline: parsed, detail: `${this.cache.description}, key ${hit}` };
        }
        catch (err) {
            this.log.warning(`The cached baseline ${hit} could not be read: ${errors_errorMessage(err)}`);
            return { detail: `the cached baseline ${hit} has no ${FILE}` };
        }
    }
    async save(b) {
        const saveDir = external_node_path_namespaceObject.join(this.dir, 'save');
        await external_node_fs_namespaceObject.promises.mkdir(saveDir, { recursive: true });
        await external_node_fs_namespaceObject.promises.writeFile(external_node_path_namespaceObject.join(saveDir, FILE), serializeBaseline(b));
        const key = `${this.prefix}${this.sha}`;
        return (await this.cache.save(key, saveDir))
            ? `Baseline saved to ${this.cache.description} as ${key}.`
            : `The baseline could not be saved to ${this.cache.description} (see the warning).`;
    }
}
function cacheStore(env, log, branch, sha, dir, scope = '') {
    return new CacheBaselineStore(actionsStateCache(env, log, 'coverage-baseline'), branch, sha, dir, log, scope);
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

;// CONCATENATED MODULE: ./actions/coverage-gate/src/event.ts

async function readRunContext(env) {
    const e = readWorkflowEvent(env);
    return {
        eventName: e.eventName,
        sha: e.sha,
        branch: e.ref.startsWith('refs/heads/') ? e.ref.slice('refs/heads/'.length) : '',
        defaultBranch: e.defaultBranch,
        repository: e.repository,
        pullRequest: e.pullRequest
    };
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/file-mapping.ts


/**
 * Maps a profile file name (`<import path>/<file>.go`, or an absolute path)
 * to a workspace-relative file through the discovered modules: the module
 * with the longest matching path wins, so nested modules and `/vN` paths map
 * to their own directories.
 */
class FileMapper {
    workspace;
    modules;
    constructor(modules, workspace) {
        this.workspace = workspace;
        this.modules = [...modules].sort((a, b) => b.path.length - a.path.length);
    }
    map(fileName) {
        for (const m of this.modules) {
            if (fileName.startsWith(m.path + '/')) {
                const rel = fileName.slice(m.path.length + 1);
                return { file: toPosixRelative(this.workspace, external_node_path_namespaceObject.join(m.dir, rel)), module: m, importDir: fileName.slice(0, fileName.lastIndexOf('/')) };
            }
        }
        if (external_node_path_namespaceObject.isAbsolute(fileName)) {
            const abs = external_node_path_namespaceObject.resolve(fileName);
            const m = this.modules.find(mod => abs.startsWith(mod.dir + external_node_path_namespaceObject.sep));
            if (m)
                return { file: toPosixRelative(this.workspace, abs), module: m, importDir: external_node_path_namespaceObject.posix.dirname(toPosixRelative(this.workspace, abs)) };
        }
        return undefined;
    }
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

;// CONCATENATED MODULE: ./actions/coverage-gate/src/action-defaults.generated.ts
// Generated from actions/coverage-gate/action.yml by scripts/readme-tables.ts: do not edit.
// The inputs' defaults, as the runner applies them in a job (Inputs reads them for the CLI and the tests).
const ACTION_DEFAULTS = {
    "working-directory": ".",
    "fail-on": "error",
    "max-annotations": "10",
    "run-tests": "false",
    "test-args": "-covermode=atomic -coverpkg=./... ./...",
    "denominator": "statements",
    "min-statements": "0",
    "exclude-generated": "true",
    "baseline": "cache",
    "save-baseline": "auto",
    "noise-floor": "0.1",
    "missing-baseline": "warn",
    "patch-min-statements": "5",
    "comment": "false"
};

;// CONCATENATED MODULE: ./actions/coverage-gate/src/inputs.ts



function percentInput(inputs, name, max = 100) {
    const v = inputs.string(name);
    if (v === '')
        return undefined;
    const d = parseDecimal(v);
    if (!d || d.numerator > BigInt(max) * d.denominator)
        throw new ConfigurationError(name, v, `expected a percentage from 0 to ${max}, decimals allowed (e.g. 72.5)`);
    return d;
}
function parseInputs(source) {
    const inputs = new Inputs(source, ACTION_DEFAULTS);
    const rules = inputs.mapping('rules').map(({ key, value }) => {
        const d = parseDecimal(value);
        if (!d || d.numerator > 100n * d.denominator)
            throw new ConfigurationError('rules', `${key}: ${value}`, 'expected `glob: percentage` with a percentage from 0 to 100');
        return { glob: key, minimum: d };
    });
    const r = {
        ...parseCommonInputs(inputs),
        profile: inputs.list('profile'),
        covdataDir: inputs.list('covdata-dir'),
        runTests: inputs.boolean('run-tests'),
        testArgs: inputs.string('test-args').split(/\s+/).filter(Boolean),
        denominator: inputs.enumeration('denominator', ['statements', 'func']),
        thresholdTotal: percentInput(inputs, 'threshold-total'),
        thresholdPackage: percentInput(inputs, 'threshold-package'),
        thresholdFile: percentInput(inputs, 'threshold-file'),
        rules,
        minStatements: inputs.number('min-statements', { min: 0, integer: true }),
        exclude: inputs.globs('exclude'),
        excludeGenerated: inputs.boolean('exclude-generated'),
        baseline: inputs.enumeration('baseline', ['cache', 'file', 'none']),
        baselinePath: inputs.string('baseline-path'),
        saveBaseline: inputs.enumeration('save-baseline', ['auto', 'always', 'never']),
        maxDrop: percentInput(inputs, 'max-drop'),
        maxDropPackage: percentInput(inputs, 'max-drop-package'),
        noiseFloor: percentInput(inputs, 'noise-floor') ?? parseDecimal('0.1'),
        missingBaseline: inputs.enumeration('missing-baseline', ['warn', 'error', 'ignore']),
        thresholdPatch: percentInput(inputs, 'threshold-patch'),
        patchMinStatements: inputs.number('patch-min-statements', { min: 0, integer: true }),
        baseSha: inputs.string('base-sha'),
        headSha: inputs.string('head-sha'),
        badgePath: inputs.string('badge-path'),
        comment: inputs.boolean('comment'),
        githubToken: inputs.string('github-token')
    };
    if (r.baseline === 'file' && !r.baselinePath)
        throw new ConfigurationError('baseline-path', '', "a file path is required when 'baseline' is file");
    if (r.profile.length === 0 && r.covdataDir.length === 0 && !r.runTests) {
        throw new ConfigurationError('profile', '', "give a coverprofile ('profile'), GOCOVERDIR data ('covdata-dir'), or set 'run-tests: true'");
    }
    return r;
}

;// CONCATENATED MODULE: ./packages/core/src/util/concurrency.ts
/**
 * Runs `load` ahead of a consumer that walks items 0..count-1 in order:
 * `get(i)` gives item i's promise and keeps up to `window` further loads in
 * flight, so scanning one file overlaps reading the next ones without opening
 * thousands of files at once. A load that fails rejects only when its item is
 * asked for (never as an unhandled rejection).
 */
function concurrency_readAhead(count, load, window = 16) {
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

;// CONCATENATED MODULE: ./actions/coverage-gate/src/measure.ts





function add(a, b) {
    return { covered: a.covered + b.covered, total: a.total + b.total };
}
const ZERO = { covered: 0, total: 0 };
/** Maps, excludes and counts every file of the profile in both denominators. */
async function measure(profile, mapper, workspace, opts) {
    const include = opts.exclude.filter(g => !g.startsWith('!'));
    const isExcluded = include.length ? picomatch_default()(include, { dot: true }) : () => false;
    const out = { files: [], excluded: [], missingSources: 0 };
    // The sources of the files judged below, read ahead of the scan (undefined: not in the checkout).
    const sourceOf = concurrency_readAhead(profile.files.length, i => {
        const f = profile.files[i];
        const m = mapper.map(f.fileName);
        if (!m || isExcluded(m.file) || isExcluded(f.fileName))
            return Promise.resolve(undefined);
        return external_node_fs_namespaceObject.promises.readFile(external_node_path_namespaceObject.join(workspace, m.file)).catch(() => undefined);
    });
    for (const [i, f] of profile.files.entries()) {
        const statements = blockTotals(f.blocks);
        const m = mapper.map(f.fileName);
        if (!m) {
            out.excluded.push({ file: f.fileName, reason: 'unmapped', statements: statements.total });
            continue;
        }
        if (isExcluded(m.file) || isExcluded(f.fileName)) {
            out.excluded.push({ file: m.file, reason: 'glob', statements: statements.total });
            continue;
        }
        const source = await sourceOf(i);
        if (!source)
            out.missingSources++;
        const scan = source ? go_source_scanner_scanGoSource(source) : undefined;
        if (scan?.generated && opts.excludeGenerated) {
            out.excluded.push({ file: m.file, reason: 'generated', statements: statements.total });
            continue;
        }
        if (!scan && opts.needFunc) {
            throw new ProjectError(`denominator 'func' needs the Go sources, but ${m.file} (for ${f.fileName}) is not in the checkout.`);
        }
        out.files.push({
            file: m.file,
            fileName: f.fileName,
            module: m.module.path,
            pkg: m.importDir,
            blocks: f.blocks,
            statements,
            func: scan ? funcTotals(f.blocks, scan.funcs) : undefined
        });
    }
    if (out.files.length === 0) {
        const unmapped = out.excluded.filter(e => e.reason === 'unmapped');
        if (unmapped.length === out.excluded.length && unmapped.length) {
            throw new ProjectError(`None of the ${unmapped.length} files in the coverage profile belongs to a discovered module (e.g. ${unmapped[0].file}); check 'working-directory' and 'modules'.`);
        }
        throw new ProjectError(`No file of the coverage profile is left to judge: ${out.excluded.length} excluded by 'exclude' or as generated code.`);
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/git/commit-object.ts
/**
 * Reads a commit object's header: the lines before the first blank line. The message after it is
 * never searched, so a message that imitates a header line ("parent …", "committer …") is not read.
 */
function parseCommitHeader(text) {
    const header = text.split('\n\n', 1)[0];
    const parents = [];
    let committerTime;
    for (const line of header.split('\n')) {
        if (line.startsWith('parent '))
            parents.push(line.slice('parent '.length));
        const m = /^committer .* (\d+) [+-]\d{4}$/.exec(line);
        if (m)
            committerTime = Number(m[1]);
    }
    return { parents, committerTime };
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
    const tempRef = `refs/go-ci-gates/${what.replace(/\W+/g, '-')}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
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

;// CONCATENATED MODULE: ./actions/coverage-gate/src/patch-coverage.ts



/** The parents a commit object names, even in a shallow clone (where git log hides them behind the boundary). */
async function rawParents(cwd, commit) {
    return parseCommitHeader((await gitOutput(['cat-file', 'commit', commit], { cwd })) ?? '').parents;
}
/**
 * The lines added or changed between base and head, and which diff gave them.
 *
 * With a merge base in the checkout, `git diff base...head` (what the pull
 * request's "Files changed" shows). Without one (a shallow checkout plus a
 * depth-1 fetch of the base never has one), the two trees are compared,
 * `git diff base head`. That is exact when head is the merge commit
 * actions/checkout checks out for a pull request (its parent is the base); when
 * head is the pull request's own commit and the base branch moved on since it
 * branched, lines the base branch changed that head still has in their old
 * form count as changed too.
 */
async function changedLines(cwd, base, head) {
    const mergeBase = await gitOutput(['merge-base', base, head], { cwd });
    const diffArgs = ['diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-renames', '--no-textconv'];
    let range;
    let basis;
    if (mergeBase) {
        range = [`${base}...${head}`];
        basis = `git diff ${shortRev(base)}...${shortRev(head)} (from their merge base ${shortRev(mergeBase)})`;
    }
    else {
        range = [base, head];
        const exact = (await rawParents(cwd, head)).includes(base);
        basis = exact
            ? `git diff ${shortRev(base)} ${shortRev(head)}: the checkout is the merge of the pull request into its base, so the trees differ by exactly its changes`
            : `git diff ${shortRev(base)} ${shortRev(head)}: the checkout holds no merge base, so the two trees are compared, and lines the base branch changed since the branch point count as changed too (fetch-depth: 0 gives the exact diff)`;
    }
    const r = await runGit([...diffArgs, ...range, '--', '*.go'], { cwd });
    if (!r.ok)
        return { unavailable: `git diff failed: ${quoteGitText(gitFailure(r))}` };
    return { diff: r.stdout, basis };
}
/**
 * Statement-weighted coverage of the blocks that intersect lines added or
 * changed between base and head. `head` is normally HEAD: the commit the
 * profile measured, so line numbers agree.
 */
async function patchCoverage(files, workspace, base, head) {
    const top = await runGit(['rev-parse', '--show-toplevel'], { cwd: workspace });
    if (!top.ok)
        return { ok: false, unavailable: `the workspace is not a git checkout (${quoteGitText(gitFailure(top))})` };
    const cleanup = [];
    try {
        const baseCommit = await ensureCommit(workspace, base, 'base', cleanup);
        if (typeof baseCommit !== 'string')
            return { ok: false, ...baseCommit };
        const headCommit = await ensureCommit(workspace, head, 'head', cleanup);
        if (typeof headCommit !== 'string')
            return { ok: false, ...headCommit };
        const changed = await changedLines(workspace, baseCommit, headCommit);
        if ('unavailable' in changed)
            return { ok: false, ...changed };
        return {
            ok: true,
            result: { ...measurePatch(files, parseUnifiedDiff(changed.diff), toPosixRelative(top.stdout.trim(), workspace)), basis: changed.basis }
        };
    }
    finally {
        await dropTempRefs(workspace, cleanup);
    }
}
function measurePatch(files, changed, prefix) {
    const counts = { covered: 0, total: 0 };
    const uncovered = [];
    let changedFiles = 0;
    for (const f of files) {
        const repoPath = prefix === '.' || prefix === '' ? f.file : external_node_path_namespaceObject.posix.join(prefix, f.file);
        const ranges = changed.files.get(repoPath);
        if (!ranges)
            continue;
        changedFiles++;
        for (const b of f.blocks) {
            if (b.numStmt === 0 || !intersectsRanges(ranges, b.startLine, b.endLine))
                continue;
            counts.total += b.numStmt;
            if (b.count > 0)
                counts.covered += b.numStmt;
            else {
                const last = uncovered[uncovered.length - 1];
                if (last && last.file === f.file && b.startLine <= last.endLine + 1) {
                    last.endLine = Math.max(last.endLine, b.endLine);
                    last.statements += b.numStmt;
                }
                else
                    uncovered.push({ file: f.file, line: b.startLine, endLine: b.endLine, statements: b.numStmt });
            }
        }
    }
    return { counts, uncovered, changedFiles };
}

;// CONCATENATED MODULE: ./packages/core/src/github/json-answer.ts
/**
 * Every GitHub REST answer with a body is JSON; Octokit hands anything else
 * over as text or bytes, and a caller would read `undefined` fields from it
 * (a release id of undefined made the next call a misleading 404; a comment
 * list became "Cannot use 'in' operator"). A proxy's or captive portal's page,
 * or a GITHUB_API_URL that is not the API, is to be reported as what it is.
 * Returns undefined for a JSON answer or one without a body (204).
 */
function nonJsonAnswer(response) {
    if (response.status === 204)
        return undefined;
    const data = response.data;
    if (typeof data !== 'string' && !(data instanceof ArrayBuffer))
        return undefined;
    const text = (typeof data === 'string' ? data : Buffer.from(data).toString('utf8')).trim().replace(/\s+/g, ' ');
    return {
        contentType: String(response.headers['content-type'] ?? 'no content type'),
        excerpt: JSON.stringify(text.length > 60 ? text.slice(0, 60) + '…' : text)
    };
}

;// CONCATENATED MODULE: ./packages/core/src/github/client.ts

/** A failed service call, already classified so the message can say what to do. */
class ServiceCallError extends Error {
    status;
    attempts;
    timedOut;
    detail;
    notJson;
    request;
    name = 'ServiceCallError';
    constructor(message, 
    /** HTTP status, absent when no answer came (timeout, connection refused). */
    status, attempts, timedOut, 
    /** The service's own explanation (GitHub's `message` and `errors`). */
    detail, 
    /** Set when a success status came with a body that is not JSON: its content type and a short excerpt. */
    notJson, 
    /** The request, method and full URL, when known (`GET https://…/comments?per_page=100`). */
    request) {
        super(message);
        this.status = status;
        this.attempts = attempts;
        this.timedOut = timedOut;
        this.detail = detail;
        this.notJson = notJson;
        this.request = request;
    }
}
function isRetryableStatus(status) {
    return status === undefined || status === 429 || status >= 500;
}
const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
/**
 * Octokit on GITHUB_API_URL with a time limit per request and retries (with
 * doubling delays) for 5xx, 429 and requests that got no answer. 4xx other
 * than 429 are the caller's to explain and are never retried. @actions/github
 * (Octokit, undici) is loaded here, on first use: a run that calls no GitHub
 * API does not pay for loading it.
 */
async function createGitHubClient(token, opts) {
    const { policy } = opts;
    const { getOctokit } = await __nccwpck_require__.e(/* import() */ 413).then(__nccwpck_require__.bind(__nccwpck_require__, 2413));
    // Octokit's own retry plugin is off: the policy below is the only one.
    const octokit = getOctokit(token, { baseUrl: opts.apiUrl, userAgent: opts.userAgent, request: { retries: 0 } });
    octokit.hook.wrap('request', async (request, options) => {
        for (let attempt = 1;; attempt++) {
            const signal = AbortSignal.timeout(policy.timeoutMs);
            // before-after-hook calls the wrapped request with the options object it was given, so the
            // per-attempt signal has to be set on that object (a new object passed to request() is ignored).
            options.request = { ...options.request, signal };
            let response;
            try {
                response = await request(options);
            }
            catch (err) {
                const e = err;
                const answered = e.response !== undefined;
                const status = answered ? e.status : undefined;
                const timedOut = !answered && (signal.aborted || e.name === 'TimeoutError' || e.cause?.name === 'TimeoutError');
                if (isRetryableStatus(status) && attempt < policy.attempts) {
                    await sleep(policy.retryBaseMs * 2 ** (attempt - 1));
                    continue;
                }
                const detail = answered
                    ? githubErrorDetail(e.response?.data) || (e.message ?? '')
                    : timedOut
                        ? `no answer within ${formatSeconds(policy.timeoutMs)}`
                        : rootCause(err);
                throw new ServiceCallError(`${options.method} ${String(options.url)}: ${status ?? 'no answer'}: ${detail}`, status, attempt, timedOut, detail);
            }
            const notJson = nonJsonAnswer(response);
            if (notJson) {
                const detail = `${notJson.contentType} instead of JSON: ${notJson.excerpt}`;
                throw new ServiceCallError(`${options.method} ${response.url}: ${response.status}: ${detail}`, response.status, attempt, false, detail, notJson, `${options.method} ${response.url}`);
            }
            return response;
        }
    });
    return octokit;
}
/** The innermost cause's message: fetch says "fetch failed" and keeps the useful part (ECONNREFUSED ...) in `cause`. */
function rootCause(err) {
    let e = err;
    for (let depth = 0; e?.cause && depth < 5; depth++)
        e = e.cause;
    return e?.message ?? String(err);
}
/** GitHub's error body: `message` plus the `errors` list of a 422. */
function githubErrorDetail(data) {
    if (typeof data === 'string')
        return data.slice(0, 500);
    if (!data || typeof data !== 'object')
        return '';
    const d = data;
    const parts = [];
    if (typeof d.message === 'string')
        parts.push(d.message);
    if (Array.isArray(d.errors)) {
        for (const x of d.errors.slice(0, 5))
            parts.push(typeof x === 'string' ? x : (x?.message ?? x?.code ?? JSON.stringify(x)));
    }
    return parts.join('; ');
}
function formatSeconds(ms) {
    return ms % 1000 === 0 ? `${ms / 1000}s` : `${(ms / 1000).toFixed(1)}s`;
}

;// CONCATENATED MODULE: ./packages/core/src/github/pr-comment.ts


/** A comment is worth a few tries but not a long wait: the verdict does not depend on it. */
const COMMENT_RETRY_POLICY = { attempts: 3, retryBaseMs: 1000, timeoutMs: 30_000 };
/** The hidden marker a gate's comment starts with: `<!-- go-ci-gates:<gate>[:<scope>] -->`. Markers end in ` -->`, so none is a prefix of another. */
function gateCommentMarker(gate, scope = '') {
    return scope ? `<!-- go-ci-gates:${gate}:${scope} -->` : `<!-- go-ci-gates:${gate} -->`;
}
/**
 * Creates or updates a gate's own comment on a pull request, found by the
 * hidden marker it starts with (coverage-gate, mod-review). A token that
 * cannot write (fork pull requests get a read-only one) is `skipped`, not a
 * failure; the caller turns `skipped` into a notice.
 */
async function upsertMarkedComment(opts) {
    const [owner, repo] = opts.repository.split('/');
    // core's one GitHub client (Octokit is loaded only when a comment is asked for).
    const octokit = await createGitHubClient(opts.token, { apiUrl: opts.apiUrl, userAgent: `go-ci-gates/${opts.gate}`, policy: COMMENT_RETRY_POLICY });
    const body = `${opts.marker}\n${opts.body}`;
    try {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: opts.number, per_page: 100 });
        // Ours starts with the marker (the body written below); one that only quotes it is someone else's.
        const own = comments.find(c => c.body?.startsWith(opts.marker));
        if (own) {
            await octokit.rest.issues.updateComment({ owner, repo, comment_id: own.id, body });
            return { action: 'updated', detail: `Updated the ${opts.what} on #${opts.number}.` };
        }
        await octokit.rest.issues.createComment({ owner, repo, issue_number: opts.number, body });
        return { action: 'created', detail: `Commented on #${opts.number}.` };
    }
    catch (err) {
        const status = err.status;
        if (status === 403 || status === 404 || status === 401) {
            return {
                action: 'skipped',
                detail: `The pull request comment was skipped: the token cannot write comments here (HTTP ${status}; fork pull requests get a read-only token).`
            };
        }
        const why = err instanceof ServiceCallError && err.notJson
            ? `${err.request ?? 'GitHub'} answered ${err.status} with ${err.notJson.contentType} instead of JSON (it starts ${err.notJson.excerpt}); check that GITHUB_API_URL (${opts.apiUrl}) is GitHub's REST API.`
            : errors_errorMessage(err);
        opts.log.warning(`The pull request comment failed: ${why}`);
        return { action: 'skipped', detail: `The pull request comment failed: ${why}` };
    }
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/pr-comment.ts

const COMMENT_MARKER = gateCommentMarker('coverage-gate');
/** The marker of the comment for one scope of modules (see baseline-store.ts); unscoped is the marker above. */
function commentMarker(scope) {
    return gateCommentMarker('coverage-gate', scope);
}
/**
 * The comment's Markdown: a heading, the errors as a list, then the first
 * summary sections. Error messages name files from the pull request, so
 * everything goes through the summary renderer, which renders text inert.
 */
function pullRequestCommentBody(heading, errors, sections) {
    const blocks = [{ kind: 'heading', level: 3, text: heading }];
    if (errors.length)
        blocks.push({ kind: 'list', items: [...errors] });
    return renderBlocks([...blocks, ...sections], 50);
}
/**
 * Creates or updates the gate's own comment on the pull request (core's
 * upsertMarkedComment, found by the hidden marker it starts with; markers end
 * in ` -->`, so no scope's is a prefix of another's). A token that cannot write
 * (fork pull requests get a read-only one) is a notice, not a failure.
 */
async function upsertPullRequestComment(opts) {
    return upsertMarkedComment({ ...opts, marker: commentMarker(opts.scope ?? ''), gate: 'coverage-gate', what: 'coverage comment' });
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/path-inputs.ts




async function resolveCoveragePaths(inputs, deps) {
    const roots = pathRoots(deps.workspace, deps.env);
    return {
        profiles: await resolveProfiles(inputs.profile, roots),
        covdataDirs: inputs.covdataDir.map(d => resolvePathInput(d, { input: 'covdata-dir', use: 'read-dir', roots: WORKSPACE_OR_RUNNER_TEMP, mustExist: true }, roots).path),
        baseline: inputs.baseline === 'file'
            ? resolvePathInput(inputs.baselinePath, { input: 'baseline-path', use: 'write-file', roots: WORKSPACE_OR_RUNNER_TEMP }, roots)
            : undefined,
        badge: inputs.badgePath ? resolvePathInput(inputs.badgePath, { input: 'badge-path', use: 'write-file', roots: WORKSPACE_OR_RUNNER_TEMP }, roots) : undefined
    };
}
const GLOB_CHARS = /[*?[\]{}]/;
/** Every file below `dir`; symlinked directories are not entered. */
async function walk(dir, out) {
    for (const e of await external_node_fs_namespaceObject.promises.readdir(dir, { withFileTypes: true })) {
        if (e.name === '.git' || e.name === 'node_modules')
            continue;
        const p = external_node_path_namespaceObject.join(dir, e.name);
        if (e.isDirectory())
            await walk(p, out);
        else
            out.push(p);
    }
}
/**
 * Profile paths: plain paths (workspace-relative, or absolute in the
 * workspace or RUNNER_TEMP) must exist; globs (workspace-relative) must match
 * at least one file. Each file found is checked like a plain path, so a
 * matched symlink leading outside is refused rather than read.
 */
async function resolveProfiles(patterns, roots) {
    const spec = { input: 'profile', use: 'read-file', roots: WORKSPACE_OR_RUNNER_TEMP };
    const found = [];
    let all;
    for (const p of patterns) {
        if (!GLOB_CHARS.test(p)) {
            const resolved = resolvePathInput(p, spec, roots);
            if (!resolved.exists)
                throw new ProjectError(`The coverage profile ${p} does not exist.`);
            found.push(resolved.path);
            continue;
        }
        if (!all)
            await walk(roots.workspace, (all = []));
        const match = picomatch_default()(p, { dot: true });
        const hits = all.filter(f => match(toPosixRelative(roots.workspace, f))).sort();
        if (hits.length === 0)
            throw new ProjectError(`No coverage profile matches ${p}.`);
        for (const hit of hits)
            found.push(resolvePathInput(toPosixRelative(roots.workspace, hit), spec, roots).path);
    }
    return [...new Set(found)];
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

;// CONCATENATED MODULE: ./actions/coverage-gate/src/profile-source.ts



/** Reads the coverage the inputs point at: profiles, GOCOVERDIR data, or a `go test` run per module. */
async function loadCoverage(inputs, paths, deps) {
    const files = [...paths.profiles];
    if (paths.covdataDirs.length) {
        await deps.go.requireVersion('covdata-dir (go tool covdata)', '1.20');
        const dirs = paths.covdataDirs;
        const out = external_node_path_namespaceObject.join(deps.tempDir, 'covdata.out');
        await deps.go.run(['tool', 'covdata', 'textfmt', `-i=${dirs.join(',')}`, `-o=${out}`], { cwd: deps.workspace });
        files.push(out);
    }
    if (files.length === 0 && inputs.runTests) {
        // Under a go.work, go test runs against core's temp copy: go.work.sum is written there, never into the checkout.
        const env = await isolatedGoWorkEnv(deps.discovery, deps.tempDir);
        for (const [i, mod] of deps.discovery.modules.entries()) {
            const out = external_node_path_namespaceObject.join(deps.tempDir, `module-${i}.out`);
            deps.log.info(`Running go test -coverprofile in ${mod.relDir}`);
            const args = ['test', `-coverprofile=${out}`, ...inputs.testArgs];
            const run = await deps.go.run(args, { cwd: mod.dir, env, argsFromUser: true, allowFailure: true });
            // go test prints what failed (--- FAIL, the tests' own messages, a panic) on stdout, and build errors on
            // stderr: the error quotes the end of both, or it would say no more than "exited with code 1".
            if (run.exitCode !== 0 || run.signal)
                throw new GoCommandError(args, mod.dir, run.exitCode, `${run.stdout}\n${run.stderr}`, run.signal);
            files.push(out);
        }
    }
    const profile = await readCoverProfiles(files);
    deps.log.info(`Read ${profile.linesRead} block lines from ${files.length} profile(s): ${profile.files.length} files.`);
    return { profile, sources: files.map(f => toPosixRelative(deps.workspace, f)) };
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/rules.ts
/** Every finding coverage-gate reports: the README's rule table is generated from this list. */
const RULES = [
    {
        id: 'coverage-total',
        severity: 'error',
        description: 'Total coverage is below `threshold-total`.',
        example: 'Total coverage is 79.99% (7999/10000 statements), below the minimum of 80%.'
    },
    {
        id: 'coverage-package',
        severity: 'error',
        description: 'A package is below `threshold-package`.',
        example: 'Package example.com/m/calc coverage is 40.00% (...), below the minimum of 60%.'
    },
    { id: 'coverage-file', severity: 'error', description: 'A file is below `threshold-file` (annotated at its first uncovered line).', example: '' },
    {
        id: 'coverage-rule',
        severity: 'error / warning',
        description: 'A `rules` glob group is below its minimum (error), or matches no file (warning).',
        example: 'Rule internal/handlers/** (12 files) coverage is ...; or: it matches no file.'
    },
    {
        id: 'coverage-drop',
        severity: 'error',
        description: 'Total coverage dropped against the baseline by more than `max-drop`.',
        example: 'Total coverage dropped by 8.01 pt (90.00% → 81.99%), more than the allowed 8 pt.'
    },
    { id: 'coverage-package-drop', severity: 'error', description: 'A package dropped against the baseline by more than `max-package-drop`.', example: '' },
    {
        id: 'baseline-missing',
        severity: 'warning (policy)',
        description: 'No baseline to compare with; `missing-baseline` decides the severity.',
        example: 'No coverage baseline to compare with: no baseline for branch main in the GitHub Actions cache.'
    },
    {
        id: 'baseline-invalid',
        severity: 'warning (error with `missing-baseline: error`)',
        description: 'The baseline exists but is not valid, and is treated as missing.',
        example: 'The baseline file coverage-baseline.json is not valid and is treated as missing: files["main.go"] must be [covered, total] with 0 <= covered <= total, not [9,0].'
    },
    {
        id: 'baseline-go-version',
        severity: 'warning',
        description: 'The baseline was measured with another Go version, whose statement counts may differ.',
        example: 'The baseline was measured with go1.25.1 and this run uses go1.26.8 ...'
    },
    {
        id: 'baseline-mismatch',
        severity: 'warning',
        description: 'The baseline was measured with another denominator or coverage mode than this run.',
        example: ''
    },
    {
        id: 'patch-coverage',
        severity: 'error',
        description: 'Coverage of the changed lines is below `threshold-patch`.',
        example: 'Patch coverage is 0.00% (0/3 changed statements), below the minimum of 80%.'
    },
    {
        id: 'patch-coverage-unavailable',
        severity: 'notice (error with `threshold-patch`)',
        description: 'The changed lines could not be computed (the base commit is missing and could not be fetched); everything else is judged.',
        example: 'Patch coverage is unavailable: the base 0123456789ab is not in the checkout (a shallow clone) and could not be fetched from origin: "fatal: ...". Everything else is judged.'
    },
    {
        id: 'uncovered-change',
        severity: 'notice',
        description: 'Changed statements not covered by tests, annotated at their line range.',
        example: '3 changed statements not covered by tests (annotated at the line range).'
    },
    {
        id: 'unmapped-files',
        severity: 'warning',
        description: 'Profile files that belong to no discovered module, left out of every total.',
        example: '2 profile file(s) belong to no discovered module and were left out.'
    },
    {
        id: 'comment-skipped',
        severity: 'notice',
        description: 'The pull-request comment was not posted (no permission, a fork, or the API failed); the verdict is unchanged.',
        example: 'The pull request comment was skipped: the token cannot write comments here (HTTP 403; fork pull requests get a read-only token). Fork pull requests are detected from the event and skipped without calling the API.'
    }
];

;// CONCATENATED MODULE: ./actions/coverage-gate/src/main.ts















const pct = (c) => formatCoverage(c.covered, c.total, 2);
function main_group(files, key, pick) {
    const m = new Map();
    for (const f of files)
        m.set(key(f), add(m.get(key(f)) ?? ZERO, pick(f)));
    return m;
}
const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);
function firstUncoveredLine(f) {
    return f.blocks.find(b => b.count === 0 && b.numStmt > 0)?.startLine ?? 1;
}
async function execute(inputs, deps) {
    const { workspace, log } = deps;
    const findings = [];
    // `go env` (for the baseline's Go version) runs in its own process while this one reads the profile.
    const goVersionRead = deps.go.version();
    goVersionRead.catch(() => undefined); // Awaited below; this only keeps an early failure from counting as unhandled.
    const ctx = await readRunContext(deps.env);
    const paths = await resolveCoveragePaths(inputs, deps);
    const { profile, sources } = await loadCoverage(inputs, paths, deps);
    const mapper = new FileMapper(deps.discovery.modules, workspace);
    const m = await measure(profile, mapper, workspace, {
        exclude: inputs.exclude,
        excludeGenerated: inputs.excludeGenerated,
        needFunc: inputs.denominator === 'func'
    });
    const pick = (f) => (inputs.denominator === 'func' ? f.func : f.statements);
    const total = m.files.map(pick).reduce(add, ZERO);
    const statements = m.files.map(f => f.statements).reduce(add, ZERO);
    const func = m.missingSources ? undefined : m.files.map(f => f.func).reduce(add, ZERO);
    const floor = inputs.minStatements;
    const judge = (rule, what, c, t, loc = {}) => {
        if (!t)
            return 'n/a';
        if (c.total < floor && rule !== 'coverage-total')
            return `not judged (${c.total} < ${floor} statements)`;
        if (meetsPercent(c.covered, c.total, t))
            return `pass (≥ ${t.text}%)`;
        findings.push({
            rule,
            severity: 'error',
            message: `${what} coverage is ${pct(c)} (${c.covered}/${c.total} ${inputs.denominator}), below the minimum of ${t.text}%.`,
            ...loc
        });
        return `fail (< ${t.text}%)`;
    };
    // Thresholds.
    const totalVerdict = judge('coverage-total', 'Total', total, inputs.thresholdTotal);
    const packages = main_group(m.files, f => f.pkg, pick);
    const pkgDir = new Map(m.files.map(f => [f.pkg, external_node_path_namespaceObject.posix.dirname(f.file)]));
    const pkgModule = new Map(m.files.map(f => [f.pkg, f.module]));
    for (const [pkg, c] of packages)
        judge('coverage-package', `Package ${pkg}`, c, inputs.thresholdPackage, { module: pkgModule.get(pkg), file: pkgDir.get(pkg) });
    for (const f of m.files)
        judge('coverage-file', `File ${f.file}`, pick(f), inputs.thresholdFile, { module: f.module, file: f.file, line: firstUncoveredLine(f) });
    const ruleRows = { kind: 'table', columns: ['Rule', 'Files', 'Coverage', 'Minimum', 'Result'], rows: [] };
    for (const r of inputs.rules) {
        const match = picomatch_default()(r.glob, { dot: true });
        const files = m.files.filter(f => match(f.file));
        const c = files.map(pick).reduce(add, ZERO);
        const verdict = files.length === 0 ? 'no files matched' : judge('coverage-rule', `Rule ${r.glob} (${files.length} files)`, c, r.minimum);
        if (files.length === 0)
            findings.push({ rule: 'coverage-rule', severity: 'warning', message: `Rule ${r.glob} matches no file of the profile.` });
        ruleRows.rows.push([code(r.glob), files.length, files.length ? `${pct(c)} (${c.covered}/${c.total})` : 'n/a', `${r.minimum.text}%`, verdict]);
    }
    // Baseline.
    const goVersion = await goVersionRead;
    // In a workspace of several modules, each selection (the reusable workflow's
    // one job per module) keeps its own baseline and comment; one module keeps the unscoped ones.
    const found = deps.discovery.foundCount ?? deps.discovery.modules.length;
    const scope = found > 1 ? modulesScope(deps.discovery.modules.map(mod => mod.relDir)) : '';
    const store = paths.baseline
        ? new FileBaselineStore(paths.baseline)
        : inputs.baseline === 'cache'
            ? cacheStore(deps.env, log, ctx.pullRequest?.baseRef || ctx.branch || ctx.defaultBranch || 'main', ctx.sha, external_node_path_namespaceObject.join(deps.tempDir, 'baseline'), scope)
            : undefined;
    const load = store ? await store.load() : { detail: 'baselines are off' };
    let deltaText = '';
    let deltaValue = '';
    const baseline = load.baseline;
    const pkgBase = new Map();
    if (baseline) {
        if (baseline.denominator !== inputs.denominator) {
            findings.push({
                rule: 'baseline-mismatch',
                severity: 'warning',
                message: `The baseline counts ${baseline.denominator}, this run counts ${inputs.denominator}; the delta is not judged.`
            });
        }
        else {
            if (baseline.goVersion && baseline.goVersion !== goVersion) {
                findings.push({
                    rule: 'baseline-go-version',
                    severity: 'warning',
                    message: `The baseline was measured with ${baseline.goVersion} and this run uses ${goVersion}; statement counts can shift between Go releases.`
                });
            }
            const drop = dropFraction(baseline.total, total);
            const delta = { num: -drop.num, den: drop.den };
            deltaValue = formatFraction(delta, 2);
            const noise = fractionWithin(drop, inputs.noiseFloor);
            deltaText = `${deltaValue} pt against ${baseline.commit ? baseline.commit.slice(0, 12) : 'the baseline'} (${pct(baseline.total)})${noise ? ', within the noise floor' : ''}`;
            if (inputs.maxDrop && !noise && fractionExceeds(drop, inputs.maxDrop)) {
                findings.push({
                    rule: 'coverage-drop',
                    severity: 'error',
                    message: `Total coverage dropped by ${formatFraction(drop, 2, false)} pt (${pct(baseline.total)} → ${pct(total)}), more than the allowed ${inputs.maxDrop.text} pt.`
                });
            }
            for (const [file, [c, t]] of Object.entries(baseline.files)) {
                const f = m.files.find(x => x.file === file);
                const key = f?.pkg ?? external_node_path_namespaceObject.posix.dirname(file);
                pkgBase.set(key, add(pkgBase.get(key) ?? ZERO, { covered: c, total: t }));
            }
            if (inputs.maxDropPackage) {
                for (const [pkg, c] of packages) {
                    const b = pkgBase.get(pkg);
                    if (!b)
                        continue;
                    const d = dropFraction(b, c);
                    if (!fractionWithin(d, inputs.noiseFloor) && fractionExceeds(d, inputs.maxDropPackage)) {
                        findings.push({
                            rule: 'coverage-package-drop',
                            severity: 'error',
                            module: pkgModule.get(pkg),
                            file: pkgDir.get(pkg),
                            message: `Package ${pkg} coverage dropped by ${formatFraction(d, 2, false)} pt (${pct(b)} → ${pct(c)}), more than the allowed ${inputs.maxDropPackage.text} pt.`
                        });
                    }
                }
            }
        }
    }
    else if (load.invalid) {
        // Invalid counts would be judged as nonsense drops: the baseline is treated as missing, and this always says why.
        findings.push({
            rule: 'baseline-invalid',
            severity: inputs.missingBaseline === 'error' ? 'error' : 'warning',
            message: `${capitalize(load.detail)} and is treated as missing: ${load.invalid}.`
        });
    }
    else if (store && inputs.missingBaseline !== 'ignore') {
        findings.push({
            rule: 'baseline-missing',
            severity: inputs.missingBaseline === 'error' ? 'error' : 'warning',
            message: `No coverage baseline to compare with: ${load.detail}.`
        });
    }
    const isDefaultPush = ctx.eventName === 'push' && ctx.branch !== '' && (ctx.branch === ctx.defaultBranch || !ctx.defaultBranch);
    let saved = '';
    if (store && (inputs.saveBaseline === 'always' || (inputs.saveBaseline === 'auto' && (inputs.baseline === 'file' ? !ctx.pullRequest : isDefaultPush)))) {
        const record = {
            schema: BASELINE_SCHEMA,
            commit: ctx.sha,
            goVersion,
            mode: profile.mode,
            denominator: inputs.denominator,
            total,
            files: Object.fromEntries(m.files.map(f => [f.file, [pick(f).covered, pick(f).total]]))
        };
        saved = await store.save(record);
    }
    // Patch coverage: the diff from the pull request's base to the commit the profile measured (HEAD, unless
    // head-sha says otherwise). When it cannot be computed, everything else is still judged; only an asked-for
    // threshold-patch fails the gate then.
    const base = inputs.baseSha || ctx.pullRequest?.baseSha || '';
    const head = inputs.headSha || 'HEAD';
    let patch;
    let patchVerdict = 'not a pull request';
    if (base) {
        const outcome = await patchCoverage(m.files, workspace, base, head);
        if (!outcome.ok) {
            patchVerdict = inputs.thresholdPatch ? `fail (cannot be judged against ${inputs.thresholdPatch.text}%)` : 'unavailable';
            findings.push({
                rule: 'patch-coverage-unavailable',
                severity: inputs.thresholdPatch ? 'error' : 'notice',
                message: `Patch coverage is unavailable: ${outcome.unavailable}. ${inputs.thresholdPatch ? `threshold-patch (${inputs.thresholdPatch.text}%) cannot be judged.` : 'Everything else is judged.'}`
            });
        }
        else {
            patch = outcome.result;
            if (inputs.thresholdPatch && patch.counts.total >= inputs.patchMinStatements) {
                if (!meetsPercent(patch.counts.covered, patch.counts.total, inputs.thresholdPatch)) {
                    findings.push({
                        rule: 'patch-coverage',
                        severity: 'error',
                        message: `Patch coverage is ${pct(patch.counts)} (${patch.counts.covered}/${patch.counts.total} changed statements), below the minimum of ${inputs.thresholdPatch.text}%.`
                    });
                    patchVerdict = `fail (< ${inputs.thresholdPatch.text}%)`;
                }
                else
                    patchVerdict = `pass (≥ ${inputs.thresholdPatch.text}%)`;
            }
            else
                patchVerdict = inputs.thresholdPatch ? `not judged (${patch.counts.total} < ${inputs.patchMinStatements} changed statements)` : 'no threshold';
            for (const u of patch.uncovered) {
                findings.push({
                    rule: 'uncovered-change',
                    severity: 'notice',
                    file: u.file,
                    line: u.line,
                    endLine: u.endLine,
                    title: 'Changed lines not covered',
                    message: `${u.statements} changed statement${u.statements === 1 ? '' : 's'} not covered by tests.`
                });
            }
        }
    }
    const unmapped = m.excluded.filter(e => e.reason === 'unmapped');
    if (unmapped.length)
        findings.push({
            rule: 'unmapped-files',
            severity: 'warning',
            message: `${unmapped.length} profile file(s) belong to no discovered module and were left out, e.g. ${unmapped[0].file}.`
        });
    // Summary.
    const sections = [];
    const both = func && (func.covered !== statements.covered || func.total !== statements.total);
    sections.push({ kind: 'heading', level: 3, text: 'Coverage' }, {
        kind: 'table',
        columns: ['Measure', 'Covered', 'Total', 'Coverage', 'Result'],
        align: ['left', 'right', 'right', 'right', 'left'],
        rows: [
            [`Total (${inputs.denominator}, judged)`, total.covered, total.total, pct(total), totalVerdict],
            ...(both
                ? [
                    [
                        inputs.denominator === 'func' ? 'statements (go test -cover)' : 'func (go tool cover -func)',
                        inputs.denominator === 'func' ? statements.covered : func.covered,
                        inputs.denominator === 'func' ? statements.total : func.total,
                        pct(inputs.denominator === 'func' ? statements : func),
                        'shown only'
                    ]
                ]
                : []),
            ...(baseline ? [['Delta vs baseline', '', '', deltaValue + ' pt', deltaText]] : []),
            ...(patch
                ? [['Patch (changed lines)', patch.counts.covered, patch.counts.total, pct(patch.counts), patchVerdict]]
                : base
                    ? [['Patch (changed lines)', '', '', 'n/a', patchVerdict]]
                    : [])
        ]
    }, {
        kind: 'paragraph',
        text: `Profiles: ${sources.join(', ')} (mode ${['set', 'count', 'atomic'].includes(profile.mode) ? profile.mode : JSON.stringify(profile.mode)}, ${profile.linesRead} blocks read, ${m.files.length} files). Baseline: ${load.detail}.${saved ? ' ' + saved : ''}${patch ? ` Patch: ${patch.basis}.` : ''}`
    });
    if (inputs.rules.length)
        sections.push({ kind: 'heading', level: 3, text: 'Rules' }, ruleRows);
    const pkgRows = [...packages].map(([pkg, c]) => ({ pkg, c, b: pkgBase.get(pkg) }));
    pkgRows.sort((a, b) => a.c.covered * b.c.total - b.c.covered * a.c.total || a.pkg.localeCompare(b.pkg));
    sections.push({ kind: 'heading', level: 3, text: 'Packages (worst first)' }, {
        kind: 'table',
        columns: ['Package', 'Covered', 'Total', 'Coverage', 'Delta'],
        align: ['left', 'right', 'right', 'right', 'right'],
        rows: pkgRows.map(r => [
            code(r.pkg),
            r.c.covered,
            r.c.total,
            pct(r.c),
            r.b ? formatFraction({ num: -dropFraction(r.b, r.c).num, den: dropFraction(r.b, r.c).den }, 2) + ' pt' : ''
        ])
    });
    const worstFiles = [...m.files]
        .filter(f => pick(f).total > 0)
        .sort((a, b) => pick(a).covered * pick(b).total - pick(b).covered * pick(a).total || a.file.localeCompare(b.file))
        .slice(0, 10);
    sections.push({
        kind: 'details',
        summary: 'Least-covered files',
        blocks: [
            {
                kind: 'table',
                columns: ['File', 'Covered', 'Total', 'Coverage'],
                rows: worstFiles.map(f => [code(f.file), pick(f).covered, pick(f).total, pct(pick(f))])
            }
        ]
    });
    if (m.excluded.length) {
        const by = (r) => m.excluded.filter(e => e.reason === r);
        sections.push({
            kind: 'paragraph',
            strong: 'Excluded:',
            text: ['generated', 'glob', 'unmapped']
                .filter(r => by(r).length)
                .map(r => `${by(r).length} ${r} file(s), ${by(r).reduce((s, e) => s + e.statements, 0)} statements`)
                .join('; ') + '.'
        });
    }
    let badgePath = '';
    if (paths.badge) {
        badgePath = paths.badge.path;
        const ok = inputs.thresholdTotal ? meetsPercent(total.covered, total.total, inputs.thresholdTotal) : true;
        await writeResolvedFile(paths.badge, coverageBadgeSvg('coverage', formatCoverage(total.covered, total.total, 1), ok ? '#4c1' : '#e05d44'));
    }
    return {
        findings,
        headline: `Coverage ${pct(total)} (${total.covered}/${total.total} ${inputs.denominator})${inputs.thresholdTotal ? `, minimum ${inputs.thresholdTotal.text}%` : ''}${deltaValue ? `, ${deltaValue} pt` : ''}${patch ? `, patch ${pct(patch.counts)}` : ''}.`,
        sections,
        outputs: {
            coverage: formatCoverage(total.covered, total.total, 2).replace('%', ''),
            covered: total.covered,
            statements: total.total,
            delta: deltaValue,
            'patch-coverage': patch ? formatCoverage(patch.counts.covered, patch.counts.total, 2).replace('%', '') : '',
            'badge-path': badgePath
        },
        data: {
            mode: profile.mode,
            denominator: inputs.denominator,
            total,
            statements,
            func: func ?? null,
            patch: patch?.counts ?? null,
            patchBasis: patch?.basis ?? null,
            baseline: baseline ? { commit: baseline.commit, total: baseline.total, goVersion: baseline.goVersion } : null,
            packages: Object.fromEntries(packages),
            excluded: m.excluded
        }
    };
}
/**
 * The pull-request comment, posted once the report is final: its ✅/❌ is the
 * job's verdict (after fail-on and the checkout check), not a guess before them.
 */
async function commentOnPullRequest(report, inputs, deps) {
    const ctx = await readRunContext(deps.env);
    if (!inputs.comment || !ctx.pullRequest)
        return [];
    if (ctx.pullRequest.fromFork)
        return [{ rule: 'comment-skipped', severity: 'notice', message: 'The pull request comment was skipped: fork pull requests get a read-only token.' }];
    if (!inputs.githubToken) {
        deps.log.warning("The pull request comment needs 'github-token'.");
        return [];
    }
    const { total } = report.data;
    const errors = report.findings.filter(f => f.severity === 'error');
    const icon = report.result === 'pass' ? '✅' : '❌';
    const body = pullRequestCommentBody(`${icon} Coverage ${pct(total)} (${total.covered}/${total.total} ${inputs.denominator})`, errors.map(e => e.message), report.sections.slice(0, 2));
    const found = deps.discovery.foundCount ?? deps.discovery.modules.length;
    const scope = found > 1 ? modulesScope(deps.discovery.modules.map(mod => mod.relDir)) : '';
    const r = await upsertPullRequestComment({
        token: inputs.githubToken,
        apiUrl: deps.env.GITHUB_API_URL || 'https://api.github.com',
        repository: ctx.repository,
        number: ctx.pullRequest.number,
        body,
        log: deps.log,
        scope
    });
    if (r.action === 'skipped')
        return [{ rule: 'comment-skipped', severity: 'notice', message: r.detail }];
    deps.log.info(r.detail);
    return [];
}
const gate = { name: 'coverage-gate', rules: RULES, parseInputs: parseInputs, execute, afterReport: commentOnPullRequest };
async function run() {
    await runGate(gate);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ var __webpack_exports__ = __nccwpck_require__(9882);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
