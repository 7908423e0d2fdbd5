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

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


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

/***/ 7760:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5986);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5986:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: execute, gate, parseInputs

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
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
function errors_errorMessage(err) {
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
function quoteExcerpt(text, max = 80) {
    const chars = [...text];
    return JSON.stringify(chars.length > max ? chars.slice(0, max).join('') + '…' : text);
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

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
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
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
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

;// CONCATENATED MODULE: ./actions/mod-verify/src/cache-integrity.ts

// `go mod verify` prints, per bad module: "<path> <version>: zip has been modified (<file>)",
// "...: dir has been modified (<dir>)" or "...: missing ziphash: <error>".
const PROBLEM_RE = /^(\S+) (\S+): (zip has been modified|dir has been modified|missing ziphash)(?::? ?(.*))?$/;
function parseVerifyOutput(output) {
    const problems = [];
    for (const raw of output.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line === 'all modules verified' || line.startsWith('go: downloading'))
            continue;
        const m = PROBLEM_RE.exec(line);
        if (m) {
            const kind = m[3] === 'zip has been modified' ? 'zip-modified' : m[3] === 'dir has been modified' ? 'dir-modified' : 'ziphash-missing';
            problems.push({ module: m[1], version: m[2], kind, detail: (m[4] ?? '').replace(/^\(|\)$/g, '') });
        }
    }
    return problems;
}
const DESCRIBE = {
    'zip-modified': 'its downloaded zip in the module cache no longer matches the hash recorded when it was downloaded',
    'dir-modified': 'files in its extracted module cache directory were changed after download',
    'ziphash-missing': 'the module cache has no .ziphash for it, so its contents cannot be verified',
    other: 'the module cache entry could not be verified'
};
/**
 * Runs `go mod download` (so the cache holds what the build needs) and
 * `go mod verify` for a module and turns each problem into a finding at the
 * go.mod line that requires the module.
 */
async function checkCacheIntegrity(go, run, opts) {
    const { mod } = run;
    let checksumMismatch = false;
    if (opts.download) {
        const dl = await go.run(['mod', 'download', ...run.flags], { cwd: mod.dir, env: run.env, allowFailure: true });
        if (dl.exitCode !== 0 && /checksum mismatch/.test(dl.stderr))
            checksumMismatch = true;
    }
    const result = await go.run(['mod', 'verify', ...run.flags], { cwd: mod.dir, env: run.env, allowFailure: true });
    const problems = parseVerifyOutput(`${result.stdout}\n${result.stderr}`);
    const drafts = problems.map(p => {
        const req = mod.modFile.require.find(r => r.path === p.module);
        return {
            rule: 'cache-integrity',
            module: mod.path,
            file: mod.goModFile,
            line: req?.line ?? mod.modFile.module?.line,
            title: `Module cache entry modified: ${p.module}@${p.version}`,
            message: `${p.module}@${p.version}: ${DESCRIBE[p.kind]}${p.detail ? ` (${p.detail})` : ''}.`,
            fix: {
                description: 'Remove the corrupted entry and download it again',
                command: `go clean -modcache && go mod download ${p.module}@${p.version}`
            }
        };
    });
    if (result.exitCode !== 0 && problems.length === 0) {
        if (/checksum mismatch/.test(result.stderr)) {
            return { drafts, status: 'not run: go.sum checksum mismatch', checksumMismatch: true };
        }
        const detail = importantStderr(result.stderr, 5);
        drafts.push({
            rule: 'cache-integrity',
            module: mod.path,
            file: mod.goModFile,
            line: mod.modFile.module?.line,
            title: 'go mod verify could not run',
            message: `go mod verify failed before it could check the module cache: ${detail || `exit ${result.exitCode}`}`
        });
        return { drafts, status: 'could not run', checksumMismatch };
    }
    return { drafts, status: problems.length ? `${problems.length} modified` : 'verified', checksumMismatch };
}

;// CONCATENATED MODULE: ./packages/core/src/gofiles/module-syntax.ts
/**
 * Module path syntax as golang.org/x/mod/module.CheckPath defines it (version
 * syntax lives in module-version.ts).
 */
// Paths of the common shape pass every rule below: a dotted lower-case first element not
// starting with '-', later elements of path characters with no leading or trailing dot. The
// rules for gopkg.in and /vN suffixes still go through the full check.
const PLAIN_PATH_RE = /^(?!-)[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[A-Za-z0-9_~-]+(?:\.[A-Za-z0-9_~-]+)*)*$/;
// May hold an element Windows cannot name (checked exactly by the full check): the fast path steps aside.
const MAYBE_WINDOWS_RE = /~|(?:^|\/)(?:con|prn|aux|nul|com[1-9]|lpt[1-9])(?:[./]|$)/i;
/** x/mod's badWindowsNames: an element whose part before the first dot is one of these is refused. */
const WINDOWS_RESERVED = new Set([
    'CON',
    'PRN',
    'AUX',
    'NUL',
    'COM1',
    'COM2',
    'COM3',
    'COM4',
    'COM5',
    'COM6',
    'COM7',
    'COM8',
    'COM9',
    'LPT1',
    'LPT2',
    'LPT3',
    'LPT4',
    'LPT5',
    'LPT6',
    'LPT7',
    'LPT8',
    'LPT9'
]);
/** module.CheckPath; returns the problem, or undefined when the path is valid. */
function module_syntax_checkModulePath(p) {
    if (PLAIN_PATH_RE.test(p) && !p.startsWith('gopkg.in') && !/\/v[0-9]+$/.test(p) && !MAYBE_WINDOWS_RE.test(p))
        return undefined;
    if (p === '')
        return 'empty module path';
    if (!/^[\x21-\x7e]+$/.test(p))
        return 'module path has characters outside printable ASCII';
    if (p.startsWith('/') || p.endsWith('/'))
        return 'module path has a leading or trailing slash';
    const elems = p.split('/');
    for (const e of elems) {
        if (e === '')
            return 'module path has an empty element (double slash)';
        if (e.startsWith('.') || e.endsWith('.'))
            return `element ${JSON.stringify(e)} starts or ends with a dot`;
        if (!/^[A-Za-z0-9._~-]+$/.test(e))
            return `element ${JSON.stringify(e)} has an invalid character`;
        // module.checkElem: names Windows reserves, and what looks like a Windows short name (`name~1`), judged before the first dot.
        const short = e.includes('.') ? e.slice(0, e.indexOf('.')) : e;
        if (WINDOWS_RESERVED.has(short.toUpperCase()))
            return `${JSON.stringify(short)} disallowed as path element component on Windows`;
        if (/~[0-9]+$/.test(short))
            return `element ${JSON.stringify(e)} has a trailing tilde and digits (a Windows short name)`;
    }
    const first = elems[0];
    if (!first.includes('.'))
        return `first element ${JSON.stringify(first)} has no dot (a module path starts with a domain name)`;
    if (first.startsWith('-'))
        return `first element ${JSON.stringify(first)} starts with a dash`;
    if (!/^[a-z0-9.-]+$/.test(first))
        return `first element ${JSON.stringify(first)} may only hold lower-case letters, digits, dots and dashes`;
    if (first === 'gopkg.in' && !/^gopkg\.in\/(?:[A-Za-z0-9_-]+\/)?[A-Za-z0-9_.-]+\.v(0|[1-9][0-9]*)(-unstable)?$/.test(p))
        return 'invalid gopkg.in path';
    const last = elems[elems.length - 1];
    if (first !== 'gopkg.in' && /^v[0-9]+$/.test(last) && elems.length > 1 && (last === 'v0' || last === 'v1' || /^v0/.test(last))) {
        return `major version suffix /${last} is not allowed (only /v2 and above)`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./actions/mod-verify/src/directives.ts


/** The gomoddirectives set and more, decided from the parsed go.mod alone. */
function checkDirectives(mod, policy) {
    const f = mod.modFile;
    const at = (line, rule, title, message, fix) => ({
        rule,
        module: mod.path,
        file: mod.goModFile,
        line,
        title,
        message,
        ...(fix ? { fix } : {})
    });
    const out = [];
    const allowed = policy.replaceAllow.length ? picomatch_default()(policy.replaceAllow) : () => false;
    const seen = new Map();
    for (const r of f.replace) {
        const from = `${r.oldPath}${r.oldVersion ? ` ${r.oldVersion}` : ''}`;
        const to = `${r.newPath}${r.newVersion ? ` ${r.newVersion}` : ''}`;
        const isAllowed = allowed(r.oldPath);
        if (!isAllowed) {
            if (isLocalReplacement(r.newPath)) {
                out.push(at(r.line, 'replace-local', `Local replace of ${r.oldPath}`, `replace ${from} => ${to} points at a local directory: builds outside this checkout (and go install module@version) cannot see it.`, { description: 'Publish the module and require a version, or allow it with replace-allow' }));
            }
            out.push(at(r.line, 'replace-directive', `replace of ${r.oldPath}`, `replace ${from} => ${to} is not in replace-allow.`));
        }
        const key = `${r.oldPath}@${r.oldVersion ?? '*'}`;
        const first = seen.get(key);
        if (first !== undefined)
            out.push(at(r.line, 'replace-duplicate', `Duplicate replace of ${r.oldPath}`, `${from} is already replaced on line ${first}; only one replacement applies.`));
        else
            seen.set(key, r.line);
        if (r.newPath === r.oldPath && r.newVersion !== undefined && r.newVersion === r.oldVersion) {
            out.push(at(r.line, 'replace-noop', `No-op replace of ${r.oldPath}`, `replace ${from} => ${to} replaces the module with itself.`));
        }
        else if (r.oldVersion) {
            const req = f.require.find(q => q.path === r.oldPath);
            if (!req || req.version !== r.oldVersion) {
                out.push(at(r.line, 'replace-noop', `Unused replace of ${r.oldPath}`, `replace ${from} applies only to ${r.oldVersion}, but go.mod ${req ? `requires ${req.version}` : 'does not require the module'}.`));
            }
        }
    }
    for (const e of f.exclude)
        out.push(at(e.line, 'exclude-directive', `exclude ${e.path}`, `exclude ${e.path} ${e.version}: exclude directives are not allowed.`));
    for (const r of f.retract) {
        if (!r.rationale) {
            const what = r.low === r.high ? r.low : `[${r.low}, ${r.high}]`;
            out.push(at(r.line, 'retract-rationale', 'retract without explanation', `retract ${what} has no comment: go list -m -retracted shows users the comment as the reason.`, { description: 'Add a comment on or above the retract line, e.g. // Published accidentally.' }));
        }
    }
    if (!f.toolchain)
        out.push(at(f.go?.line ?? f.module?.line, 'toolchain-required', 'No toolchain line', 'go.mod has no toolchain line, so the Go release that builds it is whatever the runner has.', { description: 'Pin one', command: 'go get toolchain@go1.x.y' }));
    else {
        out.push(at(f.toolchain.line, 'toolchain-forbidden', 'toolchain line', `toolchain ${f.toolchain.name}: toolchain lines are not allowed.`));
        if (policy.toolchainPattern && !policy.toolchainPattern.test(f.toolchain.name)) {
            out.push(at(f.toolchain.line, 'toolchain-pattern', 'toolchain does not match the pattern', `toolchain ${f.toolchain.name} does not match toolchain-pattern /${policy.toolchainPattern.source}/.`));
        }
    }
    if (policy.goVersionPattern && f.go && !policy.goVersionPattern.test(f.go.version)) {
        out.push(at(f.go.line, 'go-version-pattern', 'go line does not match the pattern', `go ${f.go.version} does not match go-version-pattern /${policy.goVersionPattern.source}/.`));
    }
    for (const g of f.godebug)
        out.push(at(g.line, 'godebug-directive', `godebug ${g.key}`, `godebug ${g.key}=${g.value}: godebug directives are not allowed.`));
    for (const t of f.tool)
        out.push(at(t.line, 'tool-directive', `tool ${t.path}`, `tool ${t.path}: tool directives are not allowed.`));
    for (const i of f.ignore)
        out.push(at(i.line, 'ignore-directive', `ignore ${i.path}`, `ignore ${i.path}: ignore directives are not allowed.`));
    // gomoddirectives' check-module-path: a path go accepts for a main module ("module demo") cannot be required by anyone else.
    const pathProblem = f.module ? module_syntax_checkModulePath(f.module.path) : undefined;
    if (f.module && pathProblem) {
        out.push(at(f.module.line, 'module-path', 'Invalid module path', `module ${f.module.path}: ${pathProblem}, so no other module can require it.`, {
            description: 'Name the module after where it is published, e.g. github.com/owner/repo'
        }));
    }
    return out;
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

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./packages/core/src/gofiles/zip-reader.ts


/**
 * Reads a zip archive's central directory (stored and deflated entries; no
 * zip64, which module zips never need: Go caps them at 500 MB). Used to
 * hash module zips from the module cache the way the go command does.
 */
async function readZip(file) {
    return parseZip(await external_node_fs_namespaceObject.promises.readFile(file));
}
function parseZip(buf) {
    const eocd = findEndOfCentralDirectory(buf);
    const count = buf.readUInt16LE(eocd + 10);
    let p = buf.readUInt32LE(eocd + 16);
    const entries = [];
    for (let i = 0; i < count; i++) {
        if (buf.readUInt32LE(p) !== 0x02014b50)
            throw new Error('zip: bad central directory entry');
        const method = buf.readUInt16LE(p + 10);
        const compressedSize = buf.readUInt32LE(p + 20);
        const size = buf.readUInt32LE(p + 24);
        const nameLen = buf.readUInt16LE(p + 28);
        const extraLen = buf.readUInt16LE(p + 30);
        const commentLen = buf.readUInt16LE(p + 32);
        const localOffset = buf.readUInt32LE(p + 42);
        const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
        p += 46 + nameLen + extraLen + commentLen;
        entries.push({
            name,
            size,
            isDirectory: name.endsWith('/'),
            read() {
                if (buf.readUInt32LE(localOffset) !== 0x04034b50)
                    throw new Error(`zip: bad local header for ${name}`);
                const start = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
                const data = buf.subarray(start, start + compressedSize);
                if (method === 0)
                    return Buffer.from(data);
                if (method === 8)
                    return (0,external_node_zlib_namespaceObject.inflateRawSync)(data);
                throw new Error(`zip: unsupported compression method ${method} for ${name}`);
            }
        });
    }
    return entries;
}
function findEndOfCentralDirectory(buf) {
    for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
        if (buf.readUInt32LE(i) === 0x06054b50)
            return i;
    }
    throw new Error('zip: end of central directory not found (not a zip file?)');
}

;// CONCATENATED MODULE: ./packages/core/src/gofiles/dirhash.ts




/**
 * Go's dirhash "h1:" (golang.org/x/mod/sumdb/dirhash.Hash1): SHA-256 over the
 * lines, sorted by file name, `<hex sha256 of file>  <name>\n`, base64-encoded. For a module
 * zip the names are `<path>@<version>/<file>` as stored in the zip; for a
 * `/go.mod` line the single name is `go.mod`.
 */
function hash1(files) {
    // Sorted by file name (Go's sort.Strings, i.e. by UTF-8 bytes), not by line.
    const sorted = [...files].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
    const summary = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    for (const f of sorted) {
        if (f.name.includes('\n'))
            throw new Error(`dirhash: filename with newline: ${JSON.stringify(f.name)}`);
        summary.update(`${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(f.data).digest('hex')}  ${f.name}\n`);
    }
    return `h1:${summary.digest('base64')}`;
}
/** h1 of a go.mod file's bytes, as in `<module> <version>/go.mod h1:...`. */
function dirhash_hashGoMod(data) {
    return hash1([{ name: 'go.mod', data }]);
}
/** h1 of a module zip (dirhash.HashZip): every file entry, by its name in the zip. */
async function dirhash_hashZipFile(zipPath) {
    const entries = await readZip(zipPath);
    return hash1(entries.filter(e => !e.isDirectory).map(e => ({ name: e.name, data: e.read() })));
}
/**
 * h1 of a directory (dirhash.HashDir) with names `<prefix>/<relative path>`,
 * as the go command hashes an extracted module directory. Symlinks and
 * irregular files are not followed.
 */
async function hashDir(dir, prefix) {
    const files = [];
    async function walk(d, rel) {
        for (const e of await fs.readdir(d, { withFileTypes: true })) {
            const r = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory())
                await walk(path.join(d, e.name), r);
            else if (e.isFile())
                files.push({ name: `${prefix}/${r}`, data: await fs.readFile(path.join(d, e.name)) });
        }
    }
    await walk(dir, '');
    return hash1(files);
}
/** `h1:<base64>` → lower-case hex SHA-256 (for SBOM hashes); undefined when not an h1 hash. */
function h1ToHex(h1) {
    if (!h1.startsWith('h1:'))
        return undefined;
    const raw = Buffer.from(h1.slice(3), 'base64');
    return raw.length === 32 ? raw.toString('hex') : undefined;
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

;// CONCATENATED MODULE: ./packages/core/src/gofiles/module-cache.ts




/** A file of module@version in the module cache's download directory (cmd/go's layout). */
function moduleCacheFile(modCache, module, version, ext) {
    return external_node_path_namespaceObject.join(modCache, 'cache', 'download', escapeModulePath(module), '@v', `${escapeModuleVersion(version)}.${ext}`);
}
/**
 * What the module cache says module@version hashes to, for checking a
 * go.sum line (or a binary's recorded sum) against it. Nothing is downloaded:
 * a module that is not in the cache gives no hash, and the caller says the
 * claim was not checked. Escaping errors (a path or version go would reject)
 * also give no hash.
 */
async function cachedModuleHashes(modCache, module, version) {
    let zipFile;
    let modFile;
    try {
        zipFile = moduleCacheFile(modCache, module, version, 'zip');
        modFile = moduleCacheFile(modCache, module, version, 'mod');
    }
    catch {
        return {};
    }
    const out = {};
    const recorded = (await readIfThere(zipFile.replace(/\.zip$/, '.ziphash')))?.toString('utf8').trim();
    if (recorded?.startsWith('h1:'))
        out.zip = recorded;
    else if (await isFile(zipFile))
        out.zip = await hashZipFile(zipFile);
    const mod = await readIfThere(modFile);
    if (mod)
        out.goMod = hashGoMod(mod);
    return out;
}
const isMissing = (err) => ['ENOENT', 'ENOTDIR'].includes(err.code ?? '');
async function readIfThere(file) {
    try {
        return await fs.readFile(file);
    }
    catch (err) {
        if (isMissing(err))
            return undefined;
        throw err;
    }
}
async function isFile(file) {
    try {
        return (await fs.stat(file)).isFile();
    }
    catch (err) {
        if (isMissing(err))
            return false;
        throw err;
    }
}

;// CONCATENATED MODULE: ./actions/mod-verify/src/gosum-hashes.ts


/**
 * Recomputes the h1: of every go.sum line from the downloaded module (zip, or
 * the go.mod alone for `/go.mod` lines) with Go's dirhash and compares. Files
 * missing from the module cache are downloaded outside any module, where
 * go.sum is not consulted, so a wrong line cannot stop the download.
 */
async function checkGoSumHashes(go, run, tempDir, modCache, verifiedByGo = false) {
    let text;
    try {
        text = await external_node_fs_namespaceObject.promises.readFile(run.goSumPath, 'utf8');
    }
    catch {
        return { drafts: [], checked: 0, unavailable: 0 };
    }
    const lines = parseGoSum(text).lines.filter(l => !l.problem && l.hash.startsWith('h1:'));
    const located = lines.map(l => ({ line: l, file: cacheFile(modCache, l) }));
    const missing = located.filter(x => !(0,external_node_fs_namespaceObject.existsSync)(x.file));
    if (missing.length) {
        const byKey = await downloadOutsideModule(go, missing.map(x => `${x.line.module}@${x.line.version}`), { tempDir, env: run.env });
        for (const x of missing) {
            const d = byKey.get(`${x.line.module}@${x.line.version}`);
            const f = x.line.kind === 'zip' ? d?.Zip : d?.GoMod;
            if (f)
                x.file = f;
        }
    }
    const drafts = [];
    let checked = 0;
    let unavailable = 0;
    await mapLimit(located, 4, async ({ line, file }) => {
        let actual;
        try {
            actual = line.kind === 'zip' ? await zipHash(file, verifiedByGo) : dirhash_hashGoMod(await external_node_fs_namespaceObject.promises.readFile(file));
        }
        catch {
            unavailable++;
            return;
        }
        checked++;
        if (actual === line.hash)
            return;
        const what = line.kind === 'zip' ? 'module zip' : 'go.mod';
        drafts.push({
            rule: 'gosum-mismatch',
            module: run.mod.path,
            file: run.goSumFile,
            line: line.line,
            title: `go.sum hash mismatch: ${line.module} ${line.version}${line.kind === 'go.mod' ? '/go.mod' : ''}`,
            message: `go.sum records ${line.hash} for the ${what} of ${line.module}@${line.version}, but the downloaded ${what} hashes to ${actual}.`,
            fix: {
                description: 'Restore the line from a trusted source; if the upstream module really changed, investigate before accepting the new hash',
                replacement: `${line.module} ${line.version}${line.kind === 'go.mod' ? '/go.mod' : ''} ${actual}`
            }
        });
    });
    drafts.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return { drafts, checked, unavailable };
}
/**
 * The zip's h1. When go mod verify has just passed for this module, it has
 * recomputed every cached zip and found it equal to its .ziphash, so the
 * .ziphash is that recomputed hash and hashing the zip again would only repeat it.
 */
async function zipHash(file, verifiedByGo) {
    if (verifiedByGo) {
        const recorded = await external_node_fs_namespaceObject.promises.readFile(file.replace(/\.zip$/, '.ziphash'), 'utf8').catch(() => '');
        if (recorded.trim().startsWith('h1:'))
            return recorded.trim();
    }
    return dirhash_hashZipFile(file);
}
function cacheFile(modCache, l) {
    return moduleCacheFile(modCache, l.module, l.version, l.kind === 'zip' ? 'zip' : 'mod');
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

;// CONCATENATED MODULE: ./packages/core/src/report/rules.ts

/** Rules runGate adds to every gate's findings itself. */
const FRAMEWORK_RULES = [
    {
        id: 'checkout-modified',
        severity: 'error',
        description: 'A file of the checkout (go.mod, go.sum, go.work, vendor/, …) changed while the gate ran, which no gate may do.',
        example: 'The checkout changed while the gate ran, which it must never do: changed go.sum.'
    }
];
const RULE_SETTINGS = ['error', 'warning', 'notice', 'off'];
/** Why `id: setting` is not a valid rule setting for the registry, or undefined when it is (the `rules` input, a policy file). */
function ruleSettingProblem(id, setting, registry) {
    if (!registry.some(r => r.id === id))
        return `unknown rule id '${id}'; known rules: ${registry.map(r => r.id).join(', ')}`;
    if (!RULE_SETTINGS.includes(setting))
        return `expected one of: ${RULE_SETTINGS.join(', ')}`;
    return undefined;
}
/**
 * Parses a `rules` input, `rule-id: error|warning|notice|off` per line, over a
 * registry's defaults (mod-verify, mod-review); an unknown rule or setting is a
 * ConfigurationError.
 */
function parseRuleSettings(raw, registry) {
    const config = new Map(registry.map(r => [r.id, r.severity]));
    for (const line of raw.split(/\r?\n/)) {
        const t = line.replace(/#.*$/, '').trim();
        if (!t)
            continue;
        const m = /^([A-Za-z0-9-]+)\s*[:=]\s*(\S+)$/.exec(t);
        if (!m)
            throw new ConfigurationError('rules', t, "expected 'rule-id: error|warning|notice|off' on each line");
        const [, id, setting] = m;
        const problem = ruleSettingProblem(id, setting, registry);
        if (problem)
            throw new ConfigurationError('rules', t, problem);
        config.set(id, setting);
    }
    return config;
}
/** Whether any of the rules is switched on. */
function isRuleOn(config, ...ids) {
    return ids.some(id => config.get(id) !== 'off');
}
/** Applies the configured severity; findings of rules switched off are dropped. */
function applyRuleSettings(config, drafts) {
    const out = [];
    for (const d of drafts) {
        const s = config.get(d.rule);
        if (s === undefined)
            throw new Error(`internal: finding for unregistered rule ${d.rule}`);
        if (s !== 'off')
            out.push({ ...d, severity: s });
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/mod-verify/src/rules.ts

/** Every check of mod-verify, with its default severity. */
const RULES = [
    {
        id: 'cache-integrity',
        severity: 'error',
        description: 'go mod verify: a module cache zip or directory changed after download, or has no .ziphash.',
        example: '`go.mod:5` example.com/modverify/lib@v1.1.0: files in its extracted module cache directory were changed after download.'
    },
    {
        id: 'gosum-mismatch',
        severity: 'error',
        description: 'A go.sum h1: line differs from the hash recomputed from the downloaded zip or go.mod.',
        example: '`go.sum:1` go.sum records h1:00At2EN7… for the module zip of example.com/modverify/lib@v1.1.0, but the downloaded module zip hashes to h1:00mt2EN7….'
    },
    {
        id: 'untidy',
        severity: 'error',
        description: 'go mod tidy -diff would change go.mod or go.sum (one finding per hunk).',
        example: '`go.mod:5` go mod tidy would change go.mod: remove require (; example.com/modverify/deprecated v1.0.0; …, and add require example.com/modverify/lib v1.1.0.'
    },
    {
        id: 'tidy-error',
        severity: 'error',
        description: 'go mod tidy cannot load the module (missing module, bad import, ...), so tidiness is unknown.',
        example: '`go.mod:1` go mod tidy failed, so tidiness is unknown: go: finding module for package example.com/missing …'
    },
    {
        id: 'tidy-undecided',
        severity: 'warning',
        description: 'go mod tidy -diff failed on the network after retries: tidiness could not be decided.',
        example: '`go.mod:1` go mod tidy -diff kept failing on the network (3 attempts); this is not an untidy result: … 503 Service Unavailable'
    },
    {
        id: 'replace-directive',
        severity: 'off',
        description: 'Any replace directive not allowed by replace-allow (switch on to forbid replaces).',
        example: '`go.mod:7` replace example.com/x => example.com/fork/x v1.2.0 is not in replace-allow.'
    },
    {
        id: 'replace-local',
        severity: 'error',
        description: 'A replace to a local directory (../x), which breaks builds outside this checkout.',
        example: '`go.mod:7` replace example.com/modverify/lib => ./_lib points at a local directory: builds outside this checkout … cannot see it.'
    },
    {
        id: 'replace-duplicate',
        severity: 'error',
        description: 'The same module (and version) replaced more than once.',
        example: '`go.mod:9` example.com/x is already replaced on line 7; only one replacement applies.'
    },
    {
        id: 'replace-noop',
        severity: 'warning',
        description: 'A replace that changes nothing: target equals source, or its version is not the one required.',
        example: '`go.mod:8` replace example.com/x v1.0.0 applies only to v1.0.0, but go.mod requires v1.2.0.'
    },
    {
        id: 'exclude-directive',
        severity: 'off',
        description: 'An exclude directive (switch on to forbid them).',
        example: '`go.mod:10` exclude example.com/x v1.0.0: exclude directives are not allowed.'
    },
    {
        id: 'retract-rationale',
        severity: 'warning',
        description: 'A retract directive without a comment explaining why.',
        example: '`go.mod:6` retract v1.0.0 has no comment: go list -m -retracted shows users the comment as the reason.'
    },
    {
        id: 'toolchain-required',
        severity: 'off',
        description: 'go.mod has no toolchain line.',
        example: '`go.mod:3` go.mod has no toolchain line, so the Go release that builds it is whatever the runner has.'
    },
    {
        id: 'toolchain-forbidden',
        severity: 'off',
        description: 'go.mod has a toolchain line.',
        example: '`go.mod:4` toolchain go1.23.4: toolchain lines are not allowed.'
    },
    {
        id: 'toolchain-pattern',
        severity: 'error',
        description: 'The toolchain line does not match the toolchain-pattern input.',
        example: '`go.mod:4` toolchain go1.22.1 does not match toolchain-pattern /^go1\\.23\\./.'
    },
    {
        id: 'go-version-pattern',
        severity: 'error',
        description: 'The go line does not match the go-version-pattern input.',
        example: '`go.mod:3` go 1.21 does not match go-version-pattern /^1\\.2[3-9]/.'
    },
    {
        id: 'godebug-directive',
        severity: 'off',
        description: 'A godebug directive (switch on to forbid them).',
        example: '`go.mod:5` godebug default=go1.21: godebug directives are not allowed.'
    },
    {
        id: 'tool-directive',
        severity: 'off',
        description: 'A tool directive (switch on to forbid them).',
        example: '`go.mod:6` tool golang.org/x/tools/cmd/stringer: tool directives are not allowed.'
    },
    {
        id: 'ignore-directive',
        severity: 'off',
        description: 'An ignore directive (Go 1.25; switch on to forbid them).',
        example: '`go.mod:6` ignore ./node_modules: ignore directives are not allowed.'
    },
    {
        id: 'module-path',
        severity: 'off',
        description: 'The module line is not a valid module path (module.CheckPath: a dotted first element, no upper case in it, ...), so nothing else can require it (switch on to check).',
        example: '`go.mod:1` module demo: first element "demo" has no dot (a module path starts with a domain name), so no other module can require it.'
    },
    {
        id: 'version-syntax',
        severity: 'error',
        description: 'A required, replaced or excluded version that is not canonical, disagrees with the /vN suffix, or misuses +incompatible.',
        example: '`go.mod:5` require example.com/x v2.0.0: major version should be v0 or v1, not v2 for module path example.com/x.'
    },
    {
        id: 'pseudo-version',
        severity: 'warning',
        description: 'A direct dependency pinned to a pseudo-version (an untagged commit).',
        example: '`go.mod:9` example.com/modverify/pseudo v0.0.0-20240102030405-abcdef123456 is an untagged commit (2024-01-02); a tagged release says what you get.'
    },
    {
        id: 'prerelease-version',
        severity: 'notice',
        description: 'A direct dependency on a pre-release (v1.2.0-rc.1).',
        example: '`go.mod:8` example.com/modverify/pre v1.2.0-rc.1 is a pre-release.'
    },
    {
        id: 'incompatible-version',
        severity: 'notice',
        description: 'A direct dependency on a +incompatible version (v2+ without go.mod).',
        example: '`go.mod:6` example.com/modverify/legacy v2.0.0+incompatible is a v2+ release without a go.mod (+incompatible) …'
    },
    {
        id: 'retracted',
        severity: 'error',
        description: 'A dependency in the build list is retracted by its author.',
        example: '`go.mod:5` example.com/modverify/retracted@v1.0.0 is retracted by its author: Broken: Answer returns 41. Upgrade to v1.1.0.'
    },
    {
        id: 'deprecated',
        severity: 'warning',
        description: 'A dependency is deprecated (a // Deprecated: comment on its latest go.mod).',
        example: '`go.mod:5` example.com/modverify/deprecated is deprecated: use example.com/modverify/lib instead.'
    },
    {
        id: 'go-too-new',
        severity: 'error',
        description: 'The go line needs a newer Go than the one running, and GOTOOLCHAIN forbids switching.',
        example: '`go.mod:3` go: go.mod requires go >= 1.99 (running go 1.26.8; GOTOOLCHAIN=local): every go command on this module will fail.'
    },
    {
        id: 'gonosumcheck',
        severity: 'warning',
        description: 'GONOSUMCHECK is set: it is not a Go variable and does nothing.',
        example: 'GONOSUMCHECK=1 is set, but Go has no such variable: it changes nothing. To skip the checksum database for private modules use GONOSUMDB or GOPRIVATE.'
    },
    {
        id: 'goflags-mod-mod',
        severity: 'warning',
        description: 'GOFLAGS has -mod=mod under a go.work, which go rejects in workspace mode.',
        example: '`go.work:1` GOFLAGS contains -mod=mod, but go.work puts go in workspace mode, where -mod=mod is rejected.'
    },
    {
        id: 'unwanted-module',
        severity: 'error',
        description: 'Policy file: a module marked unwanted gained a new reference (the allowance may only shrink).',
        example: '`go.mod:6` example.com/modverify/deprecated is unwanted (use lib) and gained new references from example.com/mv/untidy; deps-policy.yaml allows only example.com/old/user.'
    },
    {
        id: 'unwanted-allowance-stale',
        severity: 'notice',
        description: 'Policy file: an allowed reference to an unwanted module is gone; shrink the allowance.',
        example: '`deps-policy.yaml:5` example.com/old/user no longer references example.com/modverify/deprecated: remove it from allowed-references so the reference cannot come back.'
    },
    {
        id: 'pinned-version',
        severity: 'error',
        description: 'Policy file: a pinned module resolves to another version than the pinned one.',
        example: '`go.mod:7` example.com/modverify/lib resolves to v1.1.0, but deps-policy.yaml pins it to v1.0.0.'
    }
];
const RULE_IDS = new Set(RULES.map(r => r.id));
/** Parses `rule-id: error|warning|notice|off` lines; an unknown rule or setting is a ConfigurationError. */
function parseRules(raw) {
    return parseRuleSettings(raw, RULES);
}
const isOn = isRuleOn;
const applyRules = applyRuleSettings;

;// CONCATENATED MODULE: ./actions/mod-verify/src/action-defaults.generated.ts
// Generated from actions/mod-verify/action.yml by scripts/readme-tables.ts: do not edit.
// The inputs' defaults, as the runner applies them in a job (Inputs reads them for the CLI and the tests).
const ACTION_DEFAULTS = {
    "working-directory": ".",
    "fail-on": "error",
    "max-annotations": "10",
    "download": "true",
    "retries": "2",
    "answers-max-age": "24",
    "cache": "true"
};

;// CONCATENATED MODULE: ./actions/mod-verify/src/inputs.ts




function parseInputs(source) {
    const inputs = new Inputs(source, ACTION_DEFAULTS);
    const replaceAllow = inputs.list('replace-allow');
    for (const g of replaceAllow) {
        try {
            picomatch_default().makeRe(g);
        }
        catch (err) {
            throw new ConfigurationError('replace-allow', g, `not a valid glob (${err.message})`);
        }
    }
    return {
        ...parseCommonInputs(inputs),
        download: inputs.boolean('download'),
        rules: parseRules(inputs.raw('rules')),
        replaceAllow,
        toolchainPattern: regex(inputs, 'toolchain-pattern'),
        goVersionPattern: regex(inputs, 'go-version-pattern'),
        policyFile: inputs.string('policy-file'),
        retries: inputs.number('retries', { min: 0, max: 5, integer: true }),
        answersMaxAgeHours: inputs.number('answers-max-age', { min: 0, max: 24 * 30 }),
        cache: inputs.boolean('cache'),
        stateDir: inputs.string('state-dir')
    };
}
function regex(inputs, name) {
    const v = inputs.string(name);
    if (!v)
        return undefined;
    try {
        return new RegExp(v);
    }
    catch (err) {
        throw new ConfigurationError(name, v, `not a valid regular expression (${err.message})`);
    }
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

;// CONCATENATED MODULE: ./actions/mod-verify/src/module-run.ts



async function prepareModuleRun(discovery, mod, tempDir, index) {
    const dir = external_node_path_namespaceObject.join(tempDir, `module-${index}`);
    await external_node_fs_namespaceObject.promises.mkdir(dir, { recursive: true });
    const soloModFile = external_node_path_namespaceObject.join(dir, 'go.mod');
    await external_node_fs_namespaceObject.promises.copyFile(external_node_path_namespaceObject.join(mod.dir, 'go.mod'), soloModFile);
    const goSumPath = external_node_path_namespaceObject.join(mod.dir, 'go.sum');
    await external_node_fs_namespaceObject.promises.copyFile(goSumPath, external_node_path_namespaceObject.join(dir, 'go.sum')).catch(() => undefined);
    const goSumFile = mod.goModFile.replace(/go\.mod$/, 'go.sum');
    if (!discovery.goWork) {
        return { mod, flags: [`-modfile=${soloModFile}`], env: { GOWORK: 'off' }, goSumPath, goSumFile, soloModFile };
    }
    return { mod, flags: [], env: await isolatedGoWorkEnv(discovery, tempDir), goSumPath, goSumFile, soloModFile };
}

;// CONCATENATED MODULE: ./packages/core/src/go/network-parallelism.ts
/**
 * The go command bounds its per-module proxy work by GOMAXPROCS: `go list -m
 * -u -retracted` asks about each module's latest version under a semaphore of
 * runtime.GOMAXPROCS(0) (cmd/go/internal/modload ListModules), and `go mod
 * download` and the package loader behind `go mod tidy` fetch under the same
 * bound. On a 2-core runner that is two round trips to the proxy at a time,
 * which made mod-verify's retraction listing take 12 s of an 84-module build
 * list from a fresh cache. The work is waiting on the network, not the CPU, so
 * the gates' network-bound go calls (mod-verify, mod-review) run with more
 * slots: measured on the same listing, 5.4 s at GOMAXPROCS=2, 1.0 s at 32,
 * 1.2 s at 64, with byte-identical output. A GOMAXPROCS the user set is kept.
 */
const NETWORK_GOMAXPROCS = '32';
/** `overlay` with GOMAXPROCS raised for network-bound go calls, unless the user (process env or overlay) set one. */
function networkParallelismEnv(overlay, env = process.env) {
    if (env.GOMAXPROCS || overlay.GOMAXPROCS)
        return overlay;
    return { ...overlay, GOMAXPROCS: NETWORK_GOMAXPROCS };
}

;// CONCATENATED MODULE: ./actions/mod-verify/src/network-parallelism.ts


/** The run with core's network parallelism (GOMAXPROCS=32 for proxy-bound go calls; see core/go/network-parallelism.ts). */
function withNetworkParallelism(run, env = process.env) {
    return { ...run, env: networkParallelismEnv(run.env, env) };
}

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
                bad(`unknown key ${quoteExcerpt(key)} (a policy file holds ${EVERY_KEY.join(', ')})`, line);
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
            picomatch_default().makeRe(g);
        }
        catch (err) {
            doc.bad(`'${entry.key}': ${quoteExcerpt(g)} is not a valid glob (${err.message})`, entry.line);
        }
    }
    return globs;
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

;// CONCATENATED MODULE: ./actions/mod-verify/src/policy-file.ts

/** mod-verify's part of the shared policy file (readPolicyFile skips the other gates' keys). */
async function loadPolicy(absPath, relPath) {
    const doc = await readPolicyFile(absPath, relPath, 'mod-verify');
    const mapping = (k) => {
        const e = doc.get(k);
        const v = e?.value ?? {};
        if (typeof v !== 'object' || Array.isArray(v) || v === null)
            doc.bad(`'${k}' must be a mapping of module paths`, e?.line);
        return v;
    };
    const unwanted = new Map();
    for (const [p, why] of Object.entries(mapping('unwanted'))) {
        if (typeof why !== 'string')
            doc.bad(`unwanted.${quoteExcerpt(p)} must be a reason (a string)`, doc.get('unwanted')?.line);
        unwanted.set(p, why);
    }
    const allowed = new Map();
    for (const [p, list] of Object.entries(mapping('allowed-references'))) {
        const line = doc.get('allowed-references')?.line;
        if (!unwanted.has(p))
            doc.bad(`allowed-references.${quoteExcerpt(p)} names a module that is not in unwanted`, line);
        if (!Array.isArray(list) || list.some(x => typeof x !== 'string'))
            doc.bad(`allowed-references.${quoteExcerpt(p)} must be a list of module paths`, line);
        allowed.set(p, new Set(list));
    }
    const pinned = new Map();
    for (const [p, v] of Object.entries(mapping('pinned'))) {
        const line = doc.get('pinned')?.line;
        if (typeof v !== 'string')
            doc.bad(`pinned.${quoteExcerpt(p)} must be a version string`, line);
        const why = module_version_checkModuleVersion(p, v);
        if (why)
            doc.bad(`pinned.${quoteExcerpt(p)}: ${why}`, line);
        pinned.set(p, v);
    }
    const replaceEntry = doc.get('replace-allow');
    const replaceAllow = replaceEntry ? policyGlobList(doc, replaceEntry) : [];
    const lines = doc.text.split('\n');
    return {
        file: relPath,
        unwanted,
        allowed,
        pinned,
        replaceAllow,
        lineOf: key => {
            const i = lines.findIndex(l => l.includes(key));
            return i < 0 ? undefined : i + 1;
        }
    };
}
/** Who references each unwanted module in one module's graph (referencing module paths, versions dropped). */
function unwantedReferences(policy, graph) {
    const refs = new Map();
    for (const [from, tos] of graph) {
        for (const to of tos) {
            const target = to.slice(0, to.lastIndexOf('@'));
            if (!policy.unwanted.has(target))
                continue;
            if (!refs.has(target))
                refs.set(target, new Set());
            refs.get(target).add(from.includes('@') ? from.slice(0, from.lastIndexOf('@')) : from);
        }
    }
    return refs;
}
function checkUnwanted(policy, mod, refs) {
    const out = [];
    for (const [target, from] of refs) {
        const allowed = policy.allowed.get(target) ?? new Set();
        const fresh = [...from].filter(f => !allowed.has(f)).sort();
        if (!fresh.length)
            continue;
        const req = mod.modFile.require.find(r => r.path === target);
        out.push({
            rule: 'unwanted-module',
            module: mod.path,
            file: mod.goModFile,
            line: req?.line ?? mod.modFile.module?.line,
            title: `Unwanted module ${target}`,
            message: `${target} is unwanted (${policy.unwanted.get(target)}) and gained new references from ${fresh.join(', ')}; ${policy.file} allows only ${allowed.size ? [...allowed].sort().join(', ') : 'none'}.`,
            fix: { description: 'Drop the dependency, or (if you must) add the referencing module to allowed-references in the policy file' }
        });
    }
    return out;
}
/** Allowed references no module uses any more: the ratchet can tighten. */
function checkStaleAllowances(policy, seen) {
    const out = [];
    for (const [target, allowed] of policy.allowed) {
        const stale = [...allowed].filter(a => !seen.get(target)?.has(a)).sort();
        if (!stale.length)
            continue;
        out.push({
            rule: 'unwanted-allowance-stale',
            file: policy.file,
            line: policy.lineOf(stale[0]) ?? policy.lineOf(target),
            title: `Tighten the allowance for ${target}`,
            message: `${stale.join(', ')} no longer reference${stale.length === 1 ? 's' : ''} ${target}: remove ${stale.length === 1 ? 'it' : 'them'} from allowed-references so the reference cannot come back.`
        });
    }
    return out;
}
function checkPinned(policy, mod, buildList) {
    const out = [];
    for (const [p, want] of policy.pinned) {
        const got = buildList.get(p);
        if (got === undefined || got === want)
            continue;
        const req = mod.modFile.require.find(r => r.path === p);
        out.push({
            rule: 'pinned-version',
            module: mod.path,
            file: req ? mod.goModFile : policy.file,
            line: req?.line ?? policy.lineOf(p),
            title: `${p} is pinned to ${want}`,
            message: `${p} resolves to ${got}, but ${policy.file} pins it to ${want}.`,
            fix: { description: 'Require the pinned version', command: `go get ${p}@${want}` }
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/cache/state-dir.ts




/**
 * Resolves `state-dir` (the workspace or RUNNER_TEMP, never through a
 * symlink) and refuses a directory that holds a symlink anywhere below it:
 * in a checkout such a link would make the gate read a file outside as its
 * saved state (and echo it in a message) or write the new state through it.
 */
async function resolveStateDir(value, workspace, env) {
    const dir = resolvePathInput(value, { input: 'state-dir', use: 'write-dir', roots: WORKSPACE_OR_RUNNER_TEMP }, pathRoots(workspace, env));
    const link = dir.exists ? await firstSymlinkBelow(dir.path, '') : undefined;
    if (link)
        throw new ConfigurationError('state-dir', value, `it holds a symlink (${link}); the gate never reads or writes its state through a symlink`);
    return dir.path;
}
async function firstSymlinkBelow(dir, rel) {
    for (const e of await external_node_fs_namespaceObject.promises.readdir(dir, { withFileTypes: true })) {
        const r = rel ? `${rel}/${e.name}` : e.name;
        if (e.isSymbolicLink())
            return r;
        if (e.isDirectory()) {
            const found = await firstSymlinkBelow(external_node_path_namespaceObject.join(dir, e.name), r);
            if (found)
                return found;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
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
        const req = (target.protocol === 'https:' ? external_node_https_namespaceObject : external_node_http_namespaceObject).request(target, { method, headers: sent, agent: opts.agent?.(target.protocol) }, res => {
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
        this.version = (0,external_node_crypto_namespaceObject.createHash)('sha256')
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
        this.version = (0,external_node_crypto_namespaceObject.createHash)('sha256')
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

;// CONCATENATED MODULE: ./packages/core/src/go/module-status.ts
/**
 * Retraction, deprecation and upgrade information from the module proxy, as
 * the go command reports it: `go list -m -e -u -retracted -json <targets>`
 * (`all`, or `path@version` queries). A module whose entry carries an Error is
 * asked again on its own (up to `retries` more times), so one proxy error does
 * not lose the listing. mod-verify asks for `all`; mod-review for the versions
 * a change newly requires.
 */
async function listModuleStatus(go, targets, opts) {
    const listed = [];
    const unchecked = [];
    if (!targets.length)
        return { listed, unchecked };
    const flags = opts.flags ?? [];
    const run = { cwd: opts.cwd, env: opts.env, allowFailure: true };
    const { values } = await go.listJson(['list', '-m', '-e', '-u', '-retracted', '-json', ...flags, ...targets], run);
    for (const m of values) {
        if (m.Main || !m.Error) {
            listed.push(m);
            continue;
        }
        let got;
        for (let i = 0; i <= opts.retries && !got; i++) {
            const r = await go.listJson(['list', '-m', '-e', '-u', '-retracted', '-json', ...flags, `${m.Path}@${m.Version}`], run);
            if (r.values[0] && !r.values[0].Error)
                got = r.values[0];
        }
        if (got)
            listed.push({ ...got, Indirect: m.Indirect });
        else
            unchecked.push(`${m.Path}@${m.Version ?? ''}`);
    }
    return { listed, unchecked };
}
const ANSWERS_VERSION = 1;
/**
 * The proxy's answers kept between runs (a file in a state directory the
 * Actions cache or the user keeps): retraction and deprecation change only
 * when a module publishes a new version, so an answer younger than the
 * gate's max age is used instead of asking again. A file that does not parse
 * is ignored (and said so): it only costs a fresh listing.
 */
class ModuleStatusAnswers {
    answers;
    problem;
    constructor(answers, 
    /** Why the saved answers could not be used, if they could not. */
    problem) {
        this.answers = answers;
        this.problem = problem;
    }
    static empty() {
        return new ModuleStatusAnswers(new Map());
    }
    static parse(text) {
        let doc;
        try {
            doc = JSON.parse(text);
        }
        catch {
            return new ModuleStatusAnswers(new Map(), 'the saved answers are not JSON; asking the proxy again');
        }
        const d = doc;
        if (!d || d.version !== ANSWERS_VERSION || typeof d.answers !== 'object' || d.answers === null) {
            return new ModuleStatusAnswers(new Map(), `the saved answers are not version ${ANSWERS_VERSION} of the format; asking the proxy again`);
        }
        const answers = new Map();
        for (const [key, raw] of Object.entries(d.answers)) {
            const a = raw;
            if (!a || typeof a.at !== 'number' || !/^[^@\s]+@[^@\s]+$/.test(key))
                continue;
            const answer = { at: a.at };
            if (Array.isArray(a.Retracted) && a.Retracted.every(r => typeof r === 'string'))
                answer.Retracted = a.Retracted;
            if (typeof a.Deprecated === 'string')
                answer.Deprecated = a.Deprecated;
            if (a.Update && typeof a.Update.Version === 'string')
                answer.Update = { Version: a.Update.Version };
            answers.set(key, answer);
        }
        return new ModuleStatusAnswers(answers);
    }
    /** The answer for `path@version` if it is at most `maxAgeMs` old at `now`. */
    fresh(key, maxAgeMs, now) {
        const a = this.answers.get(key);
        return a && now - a.at <= maxAgeMs && a.at <= now ? a : undefined;
    }
    record(m, now) {
        if (!m.Version || m.Error)
            return;
        const answer = { at: now };
        if (m.Retracted?.length)
            answer.Retracted = m.Retracted;
        if (m.Deprecated)
            answer.Deprecated = m.Deprecated;
        if (m.Update)
            answer.Update = { Version: m.Update.Version };
        this.answers.set(`${m.Path}@${m.Version}`, answer);
    }
    /** Drops answers older than `maxAgeMs`, so the file does not grow without end. */
    serialize(maxAgeMs, now) {
        const kept = [...this.answers].filter(([, a]) => now - a.at <= maxAgeMs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return JSON.stringify({ version: ANSWERS_VERSION, answers: Object.fromEntries(kept) });
    }
    get size() {
        return this.answers.size;
    }
}
/**
 * More versions without a fresh answer than this and `all` is asked instead of
 * each `path@version`: go resolves query arguments one after another, but asks
 * about a build list's modules in parallel (GOMAXPROCS slots, raised by
 * networkParallelismEnv). Measured on the mod-review bench module (130
 * modules, GOMAXPROCS=32, proxy.golang.org): `all` 1.1–1.5 s; queries 0.2 s
 * for one, 0.5 s for 4, 1.0–1.4 s for 8, 1.4–1.6 s for 12.
 */
const ASK_ALL_ABOVE = 8;
/**
 * The status of `modules` (entries of the build list go gives at `cwd`,
 * as `go list -m -json` lists them), given the answers kept from earlier
 * runs: a version with a fresh answer is not asked about again; the rest
 * are asked as `path@version` queries (go answers them exactly as inside
 * `all`), or, when there are more than ASK_ALL_ABOVE of them, by listing
 * `all`. A module with a replacement is answered by `all` alone (a query
 * would not see the replacement). Every answer the proxy gives is recorded
 * (with GOPROXY=off go says nothing of retractions, without an error: that
 * is no answer, and is not kept). Main modules and modules without a
 * version are returned as given.
 */
async function moduleStatusWithAnswers(go, modules, opts) {
    const now = opts.now ?? Date.now();
    const listed = [];
    const toAsk = [];
    for (const m of modules) {
        if (m.Main || !m.Version) {
            listed.push(m);
            continue;
        }
        const answer = m.Error ? undefined : opts.answers.fresh(`${m.Path}@${m.Version}`, opts.maxAgeMs, now);
        if (answer)
            listed.push({ ...m, ...withoutTime(answer) });
        else
            toAsk.push(m);
    }
    const reused = listed.filter(m => !m.Main && m.Version).length;
    if (!toAsk.length)
        return { listed, unchecked: [], asked: 0, reused };
    const proxyOff = (opts.env?.GOPROXY ?? (await go.goEnv()).GOPROXY) === 'off';
    const base = { cwd: opts.cwd, env: opts.env, flags: opts.flags ?? [], retries: opts.retries };
    const key = (m) => `${m.Path}@${m.Version ?? ''}`;
    const wanted = new Set(toAsk.map(key));
    const answered = toAsk.length > (opts.askAllAbove ?? ASK_ALL_ABOVE) || toAsk.some(m => m.Replace)
        ? await listModuleStatus(go, ['all'], base)
        : await listModuleStatus(go, toAsk.map(key), base);
    const byKey = new Map();
    for (const m of answered.listed) {
        if (m.Main)
            continue;
        if (!proxyOff)
            opts.answers.record(m, now);
        byKey.set(key(m), m);
    }
    for (const m of toAsk) {
        const got = byKey.get(key(m));
        // Indirect is a property of this build list, not of the answer.
        if (got)
            listed.push({ ...m, Retracted: got.Retracted, Deprecated: got.Deprecated, Update: got.Update });
    }
    return { listed, unchecked: answered.unchecked.filter(k => wanted.has(k)), asked: toAsk.length, reused };
}
/**
 * `listModuleStatus(['all'])` with answers kept between runs: the build list
 * from `go list -m -e -json all` (no proxy questions beyond what loading the
 * graph needs), then moduleStatusWithAnswers.
 */
async function listModuleStatusCached(go, opts) {
    const { values } = await go.listJson(['list', '-m', '-e', '-json', ...(opts.flags ?? []), 'all'], {
        cwd: opts.cwd,
        env: opts.env,
        allowFailure: true
    });
    return moduleStatusWithAnswers(go, values, opts);
}
function withoutTime(a) {
    const { at: _at, ...rest } = a;
    return rest;
}

;// CONCATENATED MODULE: ./packages/core/src/go/proxy-answers.ts






const FILE = 'module-status.json';
/** The Actions-cache version of the answers file: one format, so a gate may restore what another saved. */
const CACHE_VERSION = 'mod-verify-answers';
/**
 * Where the module proxy's answers (retracted, deprecated, newer version;
 * core's ModuleStatusAnswers) live between runs: the state-dir input, else
 * the Actions cache (restored into a temp directory), else nowhere. Restoring
 * and saving never fail the gate: without saved answers it asks the proxy,
 * as it always did. mod-verify and mod-review keep them.
 */
class ProxyAnswersStore {
    answers;
    maxAgeMs;
    description;
    dir;
    cache;
    keys;
    deps;
    constructor(answers, maxAgeMs, 
    /** "directory .gcg-state", "actions cache", ... for the summary. */
    description, dir, cache, keys, deps) {
        this.answers = answers;
        this.maxAgeMs = maxAgeMs;
        this.description = description;
        this.dir = dir;
        this.cache = cache;
        this.keys = keys;
        this.deps = deps;
    }
    static async open(inputs, keys, deps, cacheOverride) {
        if (inputs.answersMaxAgeHours === 0)
            return undefined;
        const maxAgeMs = inputs.answersMaxAgeHours * 3600_000;
        if (inputs.stateDir) {
            const { dir, label } = inputs.stateDir;
            return new ProxyAnswersStore(await read(dir, deps.log), maxAgeMs, label, dir, undefined, keys, deps);
        }
        if (!inputs.cache)
            return undefined;
        // An optimisation only: where the runner offers no cache service (a local run), ask the proxy without a word.
        const env = deps.env;
        if (!cacheOverride && !(env.ACTIONS_RUNTIME_TOKEN && (env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL)))
            return undefined;
        const cache = cacheOverride ?? actionsStateCache(env, deps.log, CACHE_VERSION);
        const dir = external_node_path_namespaceObject.join(deps.tempDir, 'proxy-answers');
        await external_node_fs_namespaceObject.promises.mkdir(dir, { recursive: true });
        await cache.restore(`${keys.keyPrefix}${env.GITHUB_RUN_ID ?? 'local'}`, keys.restorePrefixes, dir);
        return new ProxyAnswersStore(await read(dir, deps.log), maxAgeMs, cache.description, dir, cache, keys, deps);
    }
    /** Writes the answers back (only those still within the max age); a failure is a warning. */
    async save() {
        try {
            // Never through a symlink, even one planted after the state directory was checked.
            await writeFileBelow(this.dir, external_node_path_namespaceObject.join(this.dir, FILE), this.answers.serialize(this.maxAgeMs, Date.now()));
            if (this.cache) {
                const env = this.deps.env;
                await this.cache.save(`${this.keys.keyPrefix}${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}-${Date.now()}`, this.dir);
            }
        }
        catch (err) {
            this.deps.log.warning(`Could not keep the module proxy's answers in ${this.description}: ${errors_errorMessage(err)}`);
        }
    }
}
async function read(dir, log) {
    let text;
    try {
        text = await external_node_fs_namespaceObject.promises.readFile(external_node_path_namespaceObject.join(dir, FILE), 'utf8');
    }
    catch {
        return ModuleStatusAnswers.empty();
    }
    const answers = ModuleStatusAnswers.parse(text);
    if (answers.problem)
        log.warning(`Saved proxy answers in ${dir}: ${answers.problem}`);
    return answers;
}

;// CONCATENATED MODULE: ./actions/mod-verify/src/proxy-answers.ts

/** mod-verify's Actions-cache keys for the proxy's answers (an act test asserts the prefix). */
const MOD_VERIFY_ANSWERS_KEYS = { keyPrefix: 'mod-verify-answers-1-', restorePrefixes: ['mod-verify-answers-1-'] };
/** core's ProxyAnswersStore, where mod-verify's inputs say (state-dir, else the Actions cache). */
async function openProxyAnswers(inputs, deps, cacheOverride) {
    if (inputs.answersMaxAgeHours === 0)
        return undefined;
    const stateDir = inputs.stateDir
        ? { dir: await resolveStateDir(inputs.stateDir, deps.workspace, deps.env), label: `directory ${inputs.stateDir}` }
        : undefined;
    return ProxyAnswersStore.open({ answersMaxAgeHours: inputs.answersMaxAgeHours, cache: inputs.cache, stateDir }, MOD_VERIFY_ANSWERS_KEYS, deps, cacheOverride);
}

;// CONCATENATED MODULE: ./actions/mod-verify/src/retractions.ts

/**
 * Retracted and deprecated dependencies: core's listModuleStatus of `all`
 * (`go list -m -e -u -retracted -json all`, each failed entry asked again on its own). Each finding sits at the go.mod line that
 * requires the module, or at the direct dependency that pulls it in.
 */
async function checkRetractions(go, run, graph, retries, workspaceMode = false, store) {
    const { mod } = run;
    const base = { cwd: mod.dir, env: run.env, flags: run.flags, retries };
    const all = store
        ? await listModuleStatusCached(go, { ...base, answers: store.answers, maxAgeMs: store.maxAgeMs })
        : { ...(await listModuleStatus(go, ['all'], base)), reused: 0, asked: -1 };
    const listed = all.listed.filter(m => !m.Main);
    const unchecked = all.unchecked;
    const drafts = [];
    const outdated = [];
    for (const m of listed) {
        const req = mod.modFile.require.find(r => r.path === m.Path);
        const via = req && !req.indirect
            ? undefined
            : pulledInBy(mod.path, m.Path, m.Version ?? '', graph, mod.modFile.require.filter(r => !r.indirect).map(r => r.path));
        const viaReq = via ? mod.modFile.require.find(r => r.path === via) : undefined;
        // Under a go.work, `all` is the whole workspace's build list: keep what this module reaches.
        if (workspaceMode && !req && !via)
            continue;
        const line = req?.line ?? viaReq?.line ?? mod.modFile.module?.line;
        const through = via ? ` (pulled in by ${via})` : '';
        const upgrade = m.Update?.Version;
        if (m.Retracted?.length) {
            drafts.push({
                rule: 'retracted',
                module: mod.path,
                file: mod.goModFile,
                line,
                title: `Retracted: ${m.Path}@${m.Version}`,
                message: `${m.Path}@${m.Version} is retracted by its author${through}: ${m.Retracted.join('; ').replace(/\.$/, '')}.${upgrade ? ` Upgrade to ${upgrade}.` : ''}`,
                fix: { description: 'Upgrade past the retracted version', command: `go get ${m.Path}@${upgrade ?? 'latest'}` }
            });
        }
        if (m.Deprecated) {
            drafts.push({
                rule: 'deprecated',
                module: mod.path,
                file: mod.goModFile,
                line,
                title: `Deprecated: ${m.Path}`,
                message: `${m.Path} is deprecated${through}: ${m.Deprecated.trim()}`
            });
        }
        if (upgrade && req && !req.indirect)
            outdated.push({ path: m.Path, version: m.Version ?? '', update: upgrade });
    }
    return { drafts, outdated, unchecked, reused: all.reused, asked: all.asked < 0 ? listed.length : all.asked };
}
/** The direct dependency through which the build list reaches `target` (breadth-first over go mod graph). */
function pulledInBy(main, target, version, graph, direct) {
    if (!graph)
        return undefined;
    const goal = `${target}@${version}`;
    for (const d of direct) {
        const starts = (graph.get(main) ?? []).filter(n => n.startsWith(`${d}@`));
        const seen = new Set(starts);
        const queue = [...starts];
        while (queue.length) {
            const n = queue.shift();
            if (n === goal || n.startsWith(`${target}@`))
                return d;
            for (const c of graph.get(n) ?? []) {
                if (seen.has(c))
                    continue;
                seen.add(c);
                queue.push(c);
            }
        }
    }
    return undefined;
}
/** `go mod graph` as adjacency: "a@v" (main module without @v) → its requirements. */
async function moduleGraph(go, run) {
    const r = await go.run(['mod', 'graph', ...run.flags], { cwd: run.mod.dir, env: run.env, allowFailure: true });
    if (r.exitCode !== 0)
        return undefined;
    const g = new Map();
    for (const line of r.stdout.split('\n')) {
        const [from, to] = line.trim().split(/\s+/);
        if (!from || !to)
            continue;
        if (!g.has(from))
            g.set(from, []);
        g.get(from).push(to);
    }
    return g;
}

;// CONCATENATED MODULE: ./packages/core/src/go/network-error.ts
/**
 * A go command failed because a module could not be fetched, not because of the module: a proxy,
 * VCS server or checksum database did not answer, answered 5xx/429, or the network was switched off
 * (GOPROXY=off). Such failures are retried where retrying can help, and never reported as a fault of
 * the project. The wording is the go command's own (cmd/go/internal/modfetch, net/http); a network
 * failure may be wrapped inside a "cannot find module" message, so callers test this first.
 */
const NETWORK_FAILURE = /dial tcp|i\/o timeout|connection (refused|reset)|no such host|TLS handshake|proxyconnect|lookup disabled by GOPROXY=off|unexpected EOF|\b(502|503|504) (Bad Gateway|Service Unavailable|Gateway Timeout)|server response: (5\d\d|429)|net\/http|temporary failure|network is unreachable|reading https?:\/\/[^:]+: (5\d\d|429)|Get "https?:|: 5\d\d [A-Z][a-z]|verifying module: .*(?:Get|dial)/i;
function isNetworkError(stderr) {
    return NETWORK_FAILURE.test(stderr);
}

;// CONCATENATED MODULE: ./packages/core/src/util/line-diff.ts
/**
 * A line diff (Myers' O(ND) greedy algorithm with a trace for the edit script)
 * and a unified-diff formatter, so gates can show what changed without
 * shelling out to `diff`. Output follows GNU diff -u conventions, including
 * `\ No newline at end of file`.
 */
/** Splits text into lines, remembering whether the last one ended with a newline. */
function splitLines(text) {
    if (text === '')
        return { lines: [], finalNewline: true };
    const finalNewline = text.endsWith('\n');
    const lines = (finalNewline ? text.slice(0, -1) : text).split('\n');
    return { lines, finalNewline };
}
/**
 * The shortest edit script from `a` to `b`. `maxCost` bounds the work
 * (D * (N + M)); beyond it the whole of `a` is deleted and `b` inserted,
 * which is still a correct (if long) diff.
 */
function diffLines(a, b, maxCost = 50_000_000) {
    // Trim the common prefix and suffix: most real diffs are small edits in big files.
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start])
        start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    const head = a.slice(0, start).map(line => ({ kind: 'equal', line }));
    const tail = a.slice(endA).map(line => ({ kind: 'equal', line }));
    const middle = myers(a.slice(start, endA), b.slice(start, endB), maxCost);
    return [...head, ...middle, ...tail];
}
function myers(a, b, maxCost) {
    const n = a.length;
    const m = b.length;
    if (n === 0)
        return b.map(line => ({ kind: 'insert', line }));
    if (m === 0)
        return a.map(line => ({ kind: 'delete', line }));
    const max = n + m;
    const offset = max;
    let v = new Int32Array(2 * max + 2);
    const trace = [];
    let found = -1;
    for (let d = 0; d <= max; d++) {
        if (d * (n + m) > maxCost)
            break;
        trace.push(v.slice());
        const next = v;
        for (let k = -d; k <= d; k += 2) {
            let x;
            if (k === -d || (k !== d && next[offset + k - 1] < next[offset + k + 1]))
                x = next[offset + k + 1];
            else
                x = next[offset + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            next[offset + k] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
        v = next;
        if (found >= 0)
            break;
    }
    if (found < 0)
        return [...a.map(line => ({ kind: 'delete', line })), ...b.map(line => ({ kind: 'insert', line }))];
    // Walk the trace backwards to recover the path.
    const ops = [];
    let x = n;
    let y = m;
    for (let d = found; d > 0; d--) {
        const vd = trace[d];
        const k = x - y;
        const prevK = k === -d || (k !== d && vd[offset + k - 1] < vd[offset + k + 1]) ? k + 1 : k - 1;
        const prevX = vd[offset + prevK];
        const prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            ops.push({ kind: 'equal', line: a[--x] });
            y--;
        }
        if (x === prevX)
            ops.push({ kind: 'insert', line: b[--y] });
        else
            ops.push({ kind: 'delete', line: a[--x] });
    }
    while (x > 0 && y > 0) {
        ops.push({ kind: 'equal', line: a[--x] });
        y--;
    }
    return ops.reverse();
}
/**
 * A unified diff of two texts with `---`/`+++` headers; '' when equal.
 * A missing side is passed as `undefined` (shown as /dev/null).
 */
function unifiedDiff(oldName, newName, oldText, newText, opts = {}) {
    if (oldText === newText)
        return '';
    const context = opts.context ?? 3;
    const A = splitLines(oldText ?? '');
    const B = splitLines(newText ?? '');
    const ops = diffLines(A.lines, B.lines);
    // Mark the last line of a side that lacks a final newline so it differs from one that has it.
    const NO_EOL = '\u0000noeol';
    if (!A.finalNewline || !B.finalNewline) {
        const lastA = A.lines.length - 1;
        const lastB = B.lines.length - 1;
        let ia = 0;
        let ib = 0;
        const fixed = [];
        for (const op of ops) {
            const aIdx = op.kind === 'insert' ? -1 : ia;
            const bIdx = op.kind === 'delete' ? -1 : ib;
            const aNoEol = !A.finalNewline && aIdx === lastA;
            const bNoEol = !B.finalNewline && bIdx === lastB;
            if (op.kind === 'equal' && aNoEol !== bNoEol) {
                fixed.push({ kind: 'delete', line: op.line + (aNoEol ? NO_EOL : '') });
                fixed.push({ kind: 'insert', line: op.line + (bNoEol ? NO_EOL : '') });
            }
            else {
                fixed.push({ ...op, line: op.line + (aNoEol || bNoEol ? NO_EOL : '') });
            }
            if (op.kind !== 'insert')
                ia++;
            if (op.kind !== 'delete')
                ib++;
        }
        ops.splice(0, ops.length, ...fixed);
    }
    const out = [`--- ${oldText === undefined ? '/dev/null' : oldName}`, `+++ ${newText === undefined ? '/dev/null' : newName}`];
    const changed = ops.map((op, i) => (op.kind !== 'equal' ? i : -1)).filter(i => i >= 0);
    if (!changed.length)
        return '';
    // Group changes whose context windows touch into hunks.
    const hunks = [];
    for (const i of changed) {
        const last = hunks[hunks.length - 1];
        if (last && i - last[1] <= 2 * context + 1)
            last[1] = i;
        else
            hunks.push([i, i]);
    }
    // Line numbers before each op.
    const posA = [];
    const posB = [];
    let la = 0;
    let lb = 0;
    for (const op of ops) {
        posA.push(la);
        posB.push(lb);
        if (op.kind !== 'insert')
            la++;
        if (op.kind !== 'delete')
            lb++;
    }
    for (const [first, last] of hunks) {
        const from = Math.max(0, first - context);
        const to = Math.min(ops.length - 1, last + context);
        const slice = ops.slice(from, to + 1);
        const countA = slice.filter(o => o.kind !== 'insert').length;
        const countB = slice.filter(o => o.kind !== 'delete').length;
        const startA = countA ? posA[from] + 1 : posA[from];
        const startB = countB ? posB[from] + 1 : posB[from];
        out.push(`@@ -${range(startA, countA)} +${range(startB, countB)} @@`);
        for (const op of slice) {
            const sign = op.kind === 'equal' ? ' ' : op.kind === 'delete' ? '-' : '+';
            if (op.line.endsWith(NO_EOL)) {
                out.push(sign + op.line.slice(0, -NO_EOL.length));
                out.push('\\ No newline at end of file');
            }
            else {
                out.push(sign + op.line);
            }
        }
    }
    return out.join('\n') + '\n';
}
function range(start, count) {
    return count === 1 ? String(start) : `${start},${count}`;
}

;// CONCATENATED MODULE: ./packages/core/src/go/tidy-diff.ts





let scratchCount = 0;
async function tidyDiff(go, opts) {
    const method = (await go.atLeast('1.23')) ? 'tidy -diff' : 'tidy in a copy';
    const retries = opts.retries ?? 2;
    // Tidy is a single-module operation: a go.work would only add other modules' requirements.
    const env = { ...opts.env, GOWORK: 'off' };
    let last = '';
    for (let attempt = 0; attempt <= retries; attempt++) {
        if (attempt > 0)
            await new Promise(r => setTimeout(r, (opts.backoffMs ?? 500) * 2 ** (attempt - 1)));
        const r = method === 'tidy -diff' ? await tidyDiffFlag(go, opts, env) : await tidyInCopy(go, opts, env);
        if (r.exitCode === 0 && !r.hunks.length && !r.stdout.trim())
            return { status: 'tidy', hunks: [], method };
        if ((r.exitCode === 0 || r.exitCode === 1) && r.hunks.length)
            return { status: 'untidy', hunks: r.hunks, method };
        last = r.stderr;
        if (!isNetworkError(r.stderr)) {
            return {
                status: 'error',
                hunks: [],
                detail: importantStderr(r.stderr, 5) || `exit ${r.exitCode}`,
                checksumMismatch: /checksum mismatch/.test(r.stderr),
                method
            };
        }
    }
    return { status: 'undecided', hunks: [], detail: importantStderr(last, 5), method };
}
/** go.mod and go.sum copied next to each other: with -modfile, go reads and writes the go.sum beside it. */
async function tidyDiffFlag(go, opts, env) {
    const scratch = external_node_path_namespaceObject.join(opts.tempDir, `tidy-${++scratchCount}`);
    await external_node_fs_namespaceObject.promises.mkdir(scratch, { recursive: true });
    const modFile = external_node_path_namespaceObject.join(scratch, 'go.mod');
    await external_node_fs_namespaceObject.promises.copyFile(external_node_path_namespaceObject.join(opts.dir, 'go.mod'), modFile);
    await external_node_fs_namespaceObject.promises.copyFile(external_node_path_namespaceObject.join(opts.dir, 'go.sum'), external_node_path_namespaceObject.join(scratch, 'go.sum')).catch(() => undefined);
    try {
        const r = await go.run(['mod', 'tidy', '-diff', `-modfile=${modFile}`], { cwd: opts.dir, env, allowFailure: true });
        // -modfile names the files in the diff after the copy: they are the module's go.mod and go.sum.
        return { ...r, hunks: /^(diff |--- )/m.test(r.stdout) ? parseTidyDiff(r.stdout) : [] };
    }
    finally {
        await external_node_fs_namespaceObject.promises.rm(scratch, { recursive: true, force: true });
    }
}
/**
 * The diff as Go < 1.23 can give it: tidy a temp copy of the module and compare line by line, as
 * `go mod tidy -diff` compares. Its "current" go.mod is the parsed file formatted again (modload's
 * UpdateGoModFromReqs: `modFile.Format()`), so layout alone (a stray blank line) is never a change;
 * `go mod edit -print` prints exactly that formatting. Its "current" go.sum is the file's bytes.
 */
async function tidyInCopy(go, opts, env) {
    const copy = external_node_path_namespaceObject.join(opts.tempDir, `tidy-copy-${++scratchCount}`);
    // The copy never follows a symlink out of the module: it copies the links themselves.
    await external_node_fs_namespaceObject.promises.cp(opts.dir, copy, { recursive: true, verbatimSymlinks: true, filter: src => !/(^|[\\/])(\.git|node_modules)$/.test(src) });
    try {
        const read = (p) => external_node_fs_namespaceObject.promises.readFile(p, 'utf8').catch(() => '');
        const formatted = await go.run(['mod', 'edit', '-print'], { cwd: copy, env, allowFailure: true });
        const current = {
            'go.mod': formatted.exitCode === 0 ? formatted.stdout : await read(external_node_path_namespaceObject.join(opts.dir, 'go.mod')),
            'go.sum': await read(external_node_path_namespaceObject.join(opts.dir, 'go.sum'))
        };
        const r = await go.run(['mod', 'tidy'], { cwd: copy, env, allowFailure: true });
        if (r.exitCode !== 0)
            return { ...r, hunks: [] };
        const hunks = [];
        for (const f of ['go.mod', 'go.sum'])
            hunks.push(...fileHunks(f, current[f], await read(external_node_path_namespaceObject.join(copy, f))));
        return { ...r, exitCode: hunks.length ? 1 : 0, hunks };
    }
    finally {
        await external_node_fs_namespaceObject.promises.rm(copy, { recursive: true, force: true });
    }
}
/** Lines of context around a change in go's unified diffs (cmd/internal/diff's C). */
const DIFF_CONTEXT = 3;
/**
 * Hunks of a line diff between the current file and the tidied one, grouped and located as
 * parseTidyDiff reads go's own diff: changes fewer than 2×3 unchanged lines apart share a hunk
 * (go's chunk keeps 3 lines of context on each side), and a hunk sits at its first removed line,
 * else where its first line is inserted.
 */
function fileHunks(file, before, after) {
    const a = splitLines(before).lines;
    const ops = diffLines(a, splitLines(after).lines);
    const hunks = [];
    let cur;
    let insertAt;
    let equalRun = 0;
    let oldLine = 1;
    const finish = () => {
        if (!cur)
            return;
        if (cur.line === undefined && insertAt !== undefined)
            cur.line = insertAt;
        hunks.push(cur);
        cur = undefined;
        insertAt = undefined;
    };
    for (const op of ops) {
        if (op.kind === 'equal') {
            oldLine++;
            if (cur && ++equalRun >= 2 * DIFF_CONTEXT)
                finish();
            continue;
        }
        equalRun = 0;
        cur ??= { file, removed: [], added: [] };
        if (op.kind === 'delete') {
            cur.line ??= oldLine;
            cur.removed.push(op.line);
            oldLine++;
        }
        else {
            // An insertion is located at the line it goes before (the last line at the end of a file).
            insertAt ??= a.length === 0 ? undefined : Math.min(oldLine, a.length);
            cur.added.push(op.line);
        }
    }
    finish();
    return hunks;
}
/**
 * Parses the unified diffs `go mod tidy -diff` prints (`--- current/go.mod`,
 * `+++ tidy/go.mod`, `@@ -a,b +c,d @@`). A hunk against an empty current
 * file (`-0,0`) has no line.
 */
function parseTidyDiff(text) {
    const hunks = [];
    let file = '';
    let oldLine = 0;
    let oldEnd = 0;
    let hunk;
    let insertAt;
    const finish = () => {
        if (!hunk)
            return;
        if (hunk.line === undefined && insertAt !== undefined && oldEnd > 0)
            hunk.line = Math.min(insertAt, oldEnd);
        if (hunk.removed.length || hunk.added.length)
            hunks.push(hunk);
        hunk = undefined;
        insertAt = undefined;
    };
    for (const raw of text.split('\n')) {
        if (raw.startsWith('diff ')) {
            finish();
            continue;
        }
        if (raw.startsWith('--- ')) {
            finish();
            // `--- current/go.mod`, or with -modfile `--- current/<copy>/go.mod`: the base name is the file.
            file = external_node_path_namespaceObject.posix.basename(raw.slice(4).trim());
            continue;
        }
        if (raw.startsWith('+++ '))
            continue;
        const h = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@/.exec(raw);
        if (h) {
            finish();
            const start = Number(h[1]);
            const count = h[2] === undefined ? 1 : Number(h[2]);
            // For -0,0 (empty file) the start is 0; otherwise it is the first line of the hunk.
            oldLine = count === 0 ? start + 1 : start;
            oldEnd = count === 0 ? start : start + count - 1;
            hunk = { file, removed: [], added: [] };
            continue;
        }
        if (!hunk)
            continue;
        if (raw.startsWith('-')) {
            if (hunk.line === undefined)
                hunk.line = oldLine;
            hunk.removed.push(raw.slice(1));
            oldLine++;
        }
        else if (raw.startsWith('+')) {
            insertAt ??= oldLine;
            hunk.added.push(raw.slice(1));
        }
        else if (raw.startsWith(' ')) {
            oldLine++;
        }
    }
    finish();
    return hunks;
}

;// CONCATENATED MODULE: ./actions/mod-verify/src/tidy.ts

/** Tidiness per module, as core's tidyDiff answers it, turned into findings. */
async function checkTidy(go, run, opts) {
    const r = await tidyDiff(go, { dir: run.mod.dir, tempDir: opts.tempDir, env: run.env, retries: opts.retries, backoffMs: opts.backoffMs });
    if (r.status === 'untidy')
        return { drafts: hunkDrafts(run, r.hunks), status: 'untidy' };
    return { drafts: [], status: r.status, detail: r.detail, checksumMismatch: r.checksumMismatch };
}
function hunkDrafts(run, hunks) {
    return hunks.map(h => {
        const isSum = h.file === 'go.sum';
        const file = isSum ? run.goSumFile : run.mod.goModFile;
        const show = (ls) => ls
            .map(l => l.trim())
            .filter(Boolean)
            .slice(0, 4)
            .join('; ') + (ls.length > 4 ? `; and ${ls.length - 4} more` : '');
        const what = isSum
            ? [
                h.removed.length ? `${h.removed.length} stale line${h.removed.length === 1 ? '' : 's'} (${show(h.removed)})` : '',
                h.added.length ? `${h.added.length} missing line${h.added.length === 1 ? '' : 's'} (${show(h.added)})` : ''
            ]
            : [h.removed.filter(l => l.trim()).length ? `remove ${show(h.removed)}` : '', h.added.filter(l => l.trim()).length ? `add ${show(h.added)}` : ''];
        return {
            rule: 'untidy',
            module: run.mod.path,
            file,
            line: h.line ?? (isSum ? undefined : run.mod.modFile.module?.line),
            title: `${h.file} is not tidy`,
            message: `go mod tidy would change ${h.file}: ${what.filter(Boolean).join(', and ') || 'whitespace only'}.`,
            fix: { description: 'Run go mod tidy and commit the result', command: run.mod.relDir === '.' ? 'go mod tidy' : `go -C ${run.mod.relDir} mod tidy` }
        };
    });
}

;// CONCATENATED MODULE: ./actions/mod-verify/src/toolchain.ts

/**
 * Predicts `go: go.mod requires go >= X (running go Y; GOTOOLCHAIN=local)`:
 * when the go line is newer than the running Go and GOTOOLCHAIN does not let
 * go switch (local, or a fixed goX.Y.Z without +auto/+path).
 */
function predictTooNew(mod, goEnv, file = mod.goModFile, goLine = mod.modFile.go) {
    if (!goLine)
        return undefined;
    const running = goEnv.GOVERSION.replace(/^go/, '').split(/[ -]/)[0];
    const toolchain = goEnv.GOTOOLCHAIN ?? 'auto';
    if (!parseGoVersion(running) || !parseGoVersion(goLine.version))
        return undefined;
    const canSwitch = toolchain === 'auto' || toolchain === 'path' || /\+(auto|path)$/.test(toolchain);
    if (canSwitch || compareGoVersionStrings(goLine.version, running) <= 0)
        return undefined;
    return {
        rule: 'go-too-new',
        module: mod.path,
        file,
        line: goLine.line,
        title: `Needs Go ${goLine.version}`,
        message: `go: ${file.endsWith('go.work') ? 'go.work' : 'go.mod'} requires go >= ${goLine.version} (running go ${running}; GOTOOLCHAIN=${toolchain}): every go command on this module will fail.`,
        fix: { description: `Install Go ${goLine.version} or newer (actions/setup-go with go-version-file: go.mod), or lower the go line` }
    };
}
/** Environment settings that do not do what people think. */
function checkEnvironment(env, goEnv, discovery) {
    const out = [];
    if (env.GONOSUMCHECK) {
        out.push({
            rule: 'gonosumcheck',
            title: 'GONOSUMCHECK is not a Go variable',
            message: `GONOSUMCHECK=${env.GONOSUMCHECK} is set, but Go has no such variable: it changes nothing. To skip the checksum database for private modules use GONOSUMDB or GOPRIVATE.`
        });
    }
    const flags = goEnv.GOFLAGS ?? env.GOFLAGS ?? '';
    if (discovery.goWork && /(^|\s)-mod=mod(\s|$)/.test(flags)) {
        out.push({
            rule: 'goflags-mod-mod',
            file: discovery.goWork.relFile,
            line: 1,
            title: '-mod=mod under go.work',
            message: `GOFLAGS contains -mod=mod, but ${discovery.goWork.relFile} puts go in workspace mode, where -mod=mod is rejected ("-mod may only be set to readonly or vendor when in workspace mode").`
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/mod-verify/src/versions.ts

/**
 * Version syntax of every require, replace and exclude (canonical, /vN
 * agreement, +incompatible, pseudo-version shape), and the policy on
 * pseudo-versions, pre-releases and +incompatible for direct dependencies.
 */
function checkVersions(mod) {
    const f = mod.modFile;
    const out = [];
    const at = (line, rule, title, message) => ({ rule, module: mod.path, file: mod.goModFile, line, title, message });
    const syntax = (line, p, v, what) => {
        const why = module_version_checkModuleVersion(p, v);
        if (why)
            out.push(at(line, 'version-syntax', `Invalid version ${p} ${v}`, `${what} ${p} ${v}: ${why}.`));
    };
    for (const r of f.require)
        syntax(r.line, r.path, r.version, 'require');
    for (const e of f.exclude)
        syntax(e.line, e.path, e.version, 'exclude');
    for (const r of f.replace) {
        if (r.oldVersion)
            syntax(r.line, r.oldPath, r.oldVersion, 'replace');
        if (r.newVersion)
            syntax(r.line, r.newPath, r.newVersion, 'replace target');
    }
    for (const r of f.require) {
        if (r.indirect || module_version_checkModuleVersion(r.path, r.version))
            continue;
        if (isPseudoVersion(r.version)) {
            const when = pseudoVersionTime(r.version).toISOString().slice(0, 10);
            out.push(at(r.line, 'pseudo-version', `Pseudo-version of ${r.path}`, `${r.path} ${r.version} is an untagged commit (${when}); a tagged release says what you get.`));
        }
        else if (isPrereleaseVersion(r.version)) {
            out.push(at(r.line, 'prerelease-version', `Pre-release of ${r.path}`, `${r.path} ${r.version} is a pre-release.`));
        }
        if (semverBuild(r.version) === '+incompatible') {
            out.push(at(r.line, 'incompatible-version', `+incompatible ${r.path}`, `${r.path} ${r.version} is a v2+ release without a go.mod (+incompatible): semantic import versioning does not protect you from breaking changes.`));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/mod-verify/src/main.ts
















async function execute(inputs, deps) {
    const { go, discovery } = deps;
    const rules = inputs.rules;
    const goEnv = await go.goEnv();
    let policy;
    if (inputs.policyFile) {
        // Checkout content: read only inside the workspace, never through a symlink that leads out.
        const file = resolvePathInput(inputs.policyFile, { input: 'policy-file', use: 'read-file', roots: WORKSPACE_ONLY }, pathRoots(deps.workspace, deps.env));
        policy = await loadPolicy(file.path, toPosixRelative(deps.workspace, file.path));
    }
    const directivePolicy = policy?.replaceAllow.length ? { ...inputs, replaceAllow: [...inputs.replaceAllow, ...policy.replaceAllow] } : inputs;
    // The proxy's answers from earlier runs (retracted, deprecated, newer version), when kept.
    const answers = isOn(rules, 'retracted', 'deprecated') ? await openProxyAnswers(inputs, deps) : undefined;
    let reused = 0;
    let asked = 0;
    const drafts = [...checkEnvironment(deps.env, goEnv, discovery)];
    const workTooNew = discovery.goWork ? predictTooNew(discovery.modules[0], goEnv, discovery.goWork.relFile, discovery.goWork.workFile.go) : undefined;
    if (workTooNew)
        drafts.push(workTooNew);
    const rows = [];
    const outdatedRows = [];
    const seenRefs = new Map();
    for (const [i, mod] of discovery.modules.entries()) {
        drafts.push(...checkDirectives(mod, directivePolicy), ...checkVersions(mod));
        const tooNew = predictTooNew(mod, goEnv);
        if (tooNew || workTooNew) {
            if (tooNew)
                drafts.push(tooNew);
            rows.push([code(mod.path), code(mod.relDir), 'not run: go line too new', 'not run', 'not run', 'not run']);
            continue;
        }
        const run = withNetworkParallelism(await prepareModuleRun(discovery, mod, deps.tempDir, i), deps.env);
        const needGraph = isOn(rules, 'retracted', 'deprecated') || (policy?.unwanted.size ?? 0) > 0;
        // Three independent chains at once. Only the go.sum hash check needs the cache check first
        // (it reuses the .ziphash values go mod verify has just proven); tidy and the retraction
        // listing download what they need themselves (the module cache is lock-protected), and the
        // listing waits mostly on the proxy, so it overlaps the download, verify and hashing.
        const cacheThenSums = (async () => {
            const cache = isOn(rules, 'cache-integrity') || isOn(rules, 'gosum-mismatch') ? await checkCacheIntegrity(go, run, { download: inputs.download }) : undefined;
            const sums = isOn(rules, 'gosum-mismatch')
                ? await checkGoSumHashes(go, run, external_node_path_namespaceObject.join(deps.tempDir, `sums-${i}`), goEnv.GOMODCACHE, cache?.status === 'verified')
                : undefined;
            return { cache, sums };
        })();
        const graphThenRetract = (async () => {
            const graph = needGraph ? await moduleGraph(go, run) : undefined;
            const retract = isOn(rules, 'retracted', 'deprecated')
                ? await checkRetractions(go, run, graph, inputs.retries, Boolean(discovery.goWork), answers)
                : undefined;
            return { graph, retract };
        })();
        const [{ cache, sums }, tidy, { graph, retract }] = await Promise.all([
            cacheThenSums,
            isOn(rules, 'untidy', 'tidy-error', 'tidy-undecided') ? checkTidy(go, run, { retries: inputs.retries, tempDir: deps.tempDir }) : undefined,
            graphThenRetract
        ]);
        if (cache && isOn(rules, 'cache-integrity'))
            drafts.push(...cache.drafts);
        if (sums)
            drafts.push(...sums.drafts);
        const sumExplains = (sums?.drafts.length ?? 0) > 0;
        if (tidy) {
            drafts.push(...tidy.drafts);
            // A go.sum mismatch stops tidy too; the gosum-mismatch finding already says why.
            if (tidy.status === 'error' && !(sumExplains && tidy.checksumMismatch)) {
                drafts.push({
                    rule: 'tidy-error',
                    module: mod.path,
                    file: mod.goModFile,
                    line: mod.modFile.module?.line,
                    title: 'go mod tidy cannot load the module',
                    message: `go mod tidy failed, so tidiness is unknown: ${tidy.detail}`
                });
            }
            if (tidy.status === 'undecided') {
                drafts.push({
                    rule: 'tidy-undecided',
                    module: mod.path,
                    file: mod.goModFile,
                    line: mod.modFile.module?.line,
                    title: 'Tidiness could not be decided',
                    message: `go mod tidy -diff kept failing on the network (${inputs.retries + 1} attempts); this is not an untidy result: ${tidy.detail}`
                });
            }
        }
        if (retract) {
            reused += retract.reused;
            asked += retract.asked;
            drafts.push(...retract.drafts);
            for (const o of retract.outdated)
                outdatedRows.push([code(mod.path), code(o.path), code(o.version), code(o.update)]);
        }
        if (policy && graph) {
            const refs = unwantedReferences(policy, graph);
            for (const [t, s] of refs)
                seenRefs.set(t, new Set([...(seenRefs.get(t) ?? []), ...s]));
            drafts.push(...checkUnwanted(policy, mod, refs));
        }
        if (policy?.pinned.size) {
            const { values } = await go.listJson(['list', '-m', '-e', '-json', ...run.flags, 'all'], {
                cwd: mod.dir,
                env: run.env,
                allowFailure: true
            });
            drafts.push(...checkPinned(policy, mod, new Map(values.filter(v => v.Version).map(v => [v.Path, v.Version]))));
        }
        rows.push([
            code(mod.path),
            code(mod.relDir),
            cache ? cache.status : 'off',
            sums
                ? `${sums.checked} lines recomputed${sums.drafts.length ? `, ${sums.drafts.length} differ` : ''}${sums.unavailable ? `, ${sums.unavailable} unavailable` : ''}`
                : 'off',
            tidy ? tidy.status + (tidy.status === 'untidy' ? ` (${tidy.drafts.length} hunk${tidy.drafts.length === 1 ? '' : 's'})` : '') : 'off',
            retract
                ? `${retract.drafts.length} finding${retract.drafts.length === 1 ? '' : 's'}${retract.unchecked.length ? `, ${retract.unchecked.length} unchecked` : ''}`
                : 'off'
        ]);
    }
    if (policy)
        drafts.push(...checkStaleAllowances(policy, seenRefs));
    const findings = applyRules(rules, drafts);
    const sections = [
        { kind: 'heading', level: 3, text: 'Checks per module' },
        { kind: 'table', columns: ['Module', 'Directory', 'go mod verify', 'go.sum hashes', 'go mod tidy -diff', 'Retracted / deprecated'], rows }
    ];
    if (outdatedRows.length) {
        sections.push({
            kind: 'details',
            summary: `${outdatedRows.length} direct dependenc${outdatedRows.length === 1 ? 'y has' : 'ies have'} a newer version (information)`,
            blocks: [{ kind: 'table', columns: ['Module', 'Dependency', 'Required', 'Latest'], rows: outdatedRows }]
        });
    }
    if (answers) {
        await answers.save();
        sections.push({
            kind: 'paragraph',
            text: `Module proxy answers (retracted, deprecated, newer version): ${reused} reused from ${answers.description} (at most ${inputs.answersMaxAgeHours} h old), ${asked} asked.`
        });
    }
    const n = discovery.modules.length;
    return {
        findings,
        headline: `Checked ${n} module${n === 1 ? '' : 's'}: module cache, go.sum hashes, tidiness, directives, versions, retractions and toolchain.`,
        sections,
        outputs: { 'outdated-count': outdatedRows.length }
    };
}
const gate = {
    name: 'mod-verify',
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
/******/ var __webpack_exports__ = __nccwpck_require__(7760);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
