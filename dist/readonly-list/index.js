import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(16);
const utils = __nccwpck_require__(59);

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

/***/ 595:
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

/***/ 265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(595);
const utils = __nccwpck_require__(59);

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

/***/ 16:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(781);
const parse = __nccwpck_require__(265);
const utils = __nccwpck_require__(59);
const constants = __nccwpck_require__(595);
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

/***/ 781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(59);
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
} = __nccwpck_require__(595);

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

/***/ 59:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(595);

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

/***/ 861:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(430);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 430:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: execute, gate, goReason, mergeErrors, parseInputs

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

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
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
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
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
var picomatch = __nccwpck_require__(6);
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

;// CONCATENATED MODULE: ./actions/readonly-list/src/classify.ts

const CLASS_TITLES = {
    'missing-go-sum': 'missing go.sum entry',
    'missing-requirement': 'missing requirement',
    'go-mod-needs-update': 'go.mod needs updates',
    'toolchain-too-new': 'toolchain too new',
    network: 'network or proxy failure',
    other: 'other'
};
/** The finding rule id for each class. */
const CLASS_RULES = {
    'missing-go-sum': 'missing-go-sum',
    'missing-requirement': 'missing-requirement',
    'go-mod-needs-update': 'go-mod-needs-update',
    'toolchain-too-new': 'toolchain-too-new',
    network: 'network-failure',
    other: 'package-error'
};
/**
 * Classifies go's message. The wording is the go command's own
 * (cmd/go/internal/modload): checked in order because a network failure can
 * be wrapped inside a "cannot find module" message.
 */
function classify(err) {
    if (/requires go >= |requires toolchain |go\.mod requires go|go\.work requires go/.test(err))
        return 'toolchain-too-new';
    if (isNetworkError(err))
        return 'network';
    if (/missing go\.sum entry|verifying .*: missing|checksum database disabled/.test(err))
        return 'missing-go-sum';
    if (/updates to go\.mod needed|go\.mod file indicates go |inconsistent vendoring|go: inconsistent/.test(err))
        return 'go-mod-needs-update';
    if (/no required module provides package|cannot find module providing package|is not in std|import lookup disabled by -mod=/.test(err)) {
        return 'missing-requirement';
    }
    return 'other';
}
/** The module in the build list that provides `pkg`: the longest required module path that prefixes it. */
function providingModule(mod, pkg) {
    if (!pkg)
        return undefined;
    let best;
    for (const r of mod.modFile.require) {
        if ((pkg === r.path || pkg.startsWith(r.path + '/')) && (!best || r.path.length > best.path.length))
            best = { path: r.path, version: r.version };
    }
    return best;
}
/** A word the shell reads as itself: quoted unless it holds only characters no shell treats specially. */
function shellWord(word) {
    return /^[A-Za-z0-9._~/@+=:,%-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
/** `cd dir && ` when the module is not at the workspace root (the directory name comes from the checkout: quoted). */
function inDir(mod) {
    return mod.relDir === '.' ? '' : `cd ${shellWord(mod.relDir)} && `;
}
/**
 * go's own advice for a missing go.sum entry of a package whose importer it
 * knows: "; to add:\n\tgo get [-t] importer[@version]" (modload's
 * ImportMissingSumError). go get loads the importer's imports for every
 * platform and build tag, so it adds the entries of the whole import chain,
 * not only of the first module go could name.
 */
function goGetAdvice(err) {
    const m = /;\s*to add:\s*\n\s*go get( -t)? (\S+)\s*$/.exec(err);
    return m ? { test: !!m[1], arg: m[2] } : undefined;
}
/** The exact command that fixes one error of a class. */
function fixFor(cls, err, mod, failingPackage, ctx = { patterns: ['./...'], tests: false }) {
    const cd = inDir(mod);
    switch (cls) {
        case 'missing-go-sum': {
            // Every command here adds the entries of the failing module and of everything it imports: go can only
            // name the first missing entry of a chain (a Windows-only module and the module it imports), so a
            // command that adds just that one leaves the target failing on the next (go mod download <first>).
            const advice = goGetAdvice(err);
            if (advice) {
                const importer = advice.arg.replace(/@.*$/, '');
                return {
                    description: `Add the go.sum entries that ${importer}${advice.test ? ' and its tests' : ''} need${advice.test ? '' : 's'} on every platform and tag set (go's own advice: go get loads every import of the package, for every platform and tag).`,
                    command: `${cd}go get ${advice.test ? '-t ' : ''}${shellWord(advice.arg)}`
                };
            }
            // "M@V: missing go.sum entry for go.mod file; to add it: go mod download M": go stops loading the module
            // graph at the first missing go.mod entry, so downloading M only moves the failure to the next one.
            const goModSum = /(\S+?)@(\S+?): missing go\.sum entry for go\.mod file/.exec(err);
            if (goModSum) {
                return {
                    description: `Add the go.sum entries the module graph and the packages need (go stopped at the first missing one, ${goModSum[1]}@${goModSum[2]}; go get loads the graph and every package for every platform and tag).`,
                    command: `${cd}go get ${ctx.tests ? '-t ' : ''}${ctx.patterns.map(shellWord).join(' ')}`
                };
            }
            // No importer: the package was named on the command line and go advises go mod download of its module,
            // which leaves out what the package imports. go get at the required version adds both and changes no version.
            const provider = providingModule(mod, failingPackage);
            if (provider && failingPackage) {
                return {
                    description: `Add the go.sum entries of ${failingPackage} and of everything it imports, at the version go.mod requires (${provider.path}@${provider.version}).`,
                    command: `${cd}go get ${shellWord(`${failingPackage}@${provider.version}`)}`
                };
            }
            return { description: 'Add the missing go.sum entries for every platform and tag set.', command: `${cd}go mod tidy` };
        }
        case 'missing-requirement':
            return {
                description: `Require the module that provides ${failingPackage ?? 'the package'} in go.mod.`,
                command: failingPackage ? `${cd}go get ${shellWord(failingPackage)}` : `${cd}go mod tidy`
            };
        case 'go-mod-needs-update':
            return { description: 'Let go rewrite go.mod and go.sum to match the module graph, then commit both.', command: `${cd}go mod tidy` };
        case 'toolchain-too-new': {
            const v = /requires go >= (\S+?)[\s)]/.exec(err)?.[1];
            return {
                description: `Build with Go ${v ?? 'the version go.mod asks for'} or newer, e.g. actions/setup-go with go-version-file: ${mod.goModFile}.`
            };
        }
        case 'network':
            return {
                description: 'The module proxy or origin could not be reached: check GOPROXY, GOPRIVATE/GONOPROXY and credentials, then download the modules.',
                command: `${cd}go mod download`
            };
        default:
            return { description: 'Fix the package error reported by go list.' };
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

;// CONCATENATED MODULE: ./actions/readonly-list/src/action-defaults.generated.ts
// Generated from actions/readonly-list/action.yml by scripts/readme-tables.ts: do not edit.
// The inputs' defaults, as the runner applies them in a job (Inputs reads them for the CLI and the tests).
const ACTION_DEFAULTS = {
    "working-directory": ".",
    "fail-on": "error",
    "max-annotations": "10",
    "packages": "./...",
    "tests": "true",
    "cgo": "auto",
    "parallel": "0"
};

;// CONCATENATED MODULE: ./actions/readonly-list/src/inputs.ts


const TAG = /^[A-Za-z0-9_.]+$/;
function parseInputs(source) {
    const inputs = new Inputs(source, ACTION_DEFAULTS);
    // Empty means the default, as for every input (the runner sends action.yml's default when it is not set).
    const rawPackages = inputs.raw('packages');
    const packages = splitList(rawPackages.replace(/[ \t]+/g, '\n'));
    if (packages.length === 0) {
        throw new ConfigurationError('packages', rawPackages, "at least one package pattern is required, for example './...'");
    }
    for (const p of packages) {
        // A leading '-' would be read by go as a flag.
        if (p.startsWith('-'))
            throw new ConfigurationError('packages', p, 'a package pattern, not a flag');
    }
    const platforms = inputs.list('platforms').map(p => parsePlatform('platforms', p));
    // One tag set per line; tags within a line separated by commas or spaces.
    const tagSets = inputs
        .raw('tags')
        .split(/\r?\n/)
        .map(l => l.trim())
        .filter(l => l !== '' && !l.startsWith('#'))
        .map(l => {
        const tags = [...new Set(l.split(/[\s,]+/).filter(Boolean))].sort();
        for (const t of tags)
            if (!TAG.test(t))
                throw new ConfigurationError('tags', t, 'a build tag is letters, digits, _ and .');
        return tags;
    });
    return {
        ...parseCommonInputs(inputs),
        packages,
        platforms,
        tagSets,
        tests: inputs.boolean('tests'),
        cgo: inputs.enumeration('cgo', ['auto', 'on', 'off'], 'auto'),
        parallel: inputs.number('parallel', { min: 0, max: 64, integer: true })
    };
}

;// CONCATENATED MODULE: ./actions/readonly-list/src/goflags.ts
/**
 * GOFLAGS for the readonly check: the user's flags are kept (e.g. -buildvcs,
 * -modcacherw, -trimpath) but any -mod setting is removed, so a `-mod=mod`
 * in the environment can never let go list rewrite go.mod or go.sum.
 */
function readonlyGoFlags(userGoFlags) {
    const kept = [];
    const words = (userGoFlags ?? '').split(/\s+/).filter(Boolean);
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        if (/^--?mod(=|$)/.test(w)) {
            if (!w.includes('='))
                i++; // `-mod mod`: drop the value too
            continue;
        }
        kept.push(w);
    }
    return kept.join(' ');
}
/**
 * The -mod flag for one module: readonly, except under go.work where -mod is
 * left unset so the workspace's own rules apply (go.work permits only
 * readonly or vendor, and vendor mode is the workspace's to choose).
 */
function modFlag(inWorkspace) {
    return inWorkspace ? [] : ['-mod=readonly'];
}

;// CONCATENATED MODULE: ./actions/readonly-list/src/targets.ts

const DEFAULT_PLATFORMS = ['linux/amd64', 'windows/amd64', 'darwin/arm64'];
function platformOf(t) {
    return `${t.goos}/${t.goarch}`;
}
function tagsLabel(tags) {
    return tags.length ? tags.join(',') : '';
}
/** `windows/amd64 tags=integration tests` */
function targetLabel(t) {
    return [platformOf(t), t.tags.length ? `tags=${tagsLabel(t.tags)}` : '', t.tests ? 'tests' : ''].filter(Boolean).join(' ');
}
/** Expands the inputs into targets, rejecting platforms this go cannot build for. */
function buildMatrix(o) {
    const wanted = o.platforms.length ? o.platforms : [o.host, ...DEFAULT_PLATFORMS.map(p => parsePlatform('platforms', p))];
    const unique = [...new Map(wanted.map(p => [platformOf(p), { goos: p.goos, goarch: p.goarch }])).values()];
    // One judge for every gate that takes targets: `go tool dist list`, through core.
    const dists = supportedPlatforms(o.dist, 'platforms', unique);
    const tagSets = uniqueTagSets([[], ...o.tagSets]);
    const modes = o.tests ? [false, true] : [false];
    const targets = [];
    for (const d of dists) {
        const isHost = platformOf({ goos: d.GOOS, goarch: d.GOARCH }) === platformOf(o.host);
        // auto: what `go build` would use there (the host's setting; cross builds default to cgo off).
        const cgo = !d.CgoSupported || o.cgo === 'off' ? '0' : o.cgo === 'on' ? '1' : isHost && o.host.cgoEnabled === '1' ? '1' : '0';
        for (const tags of tagSets)
            for (const tests of modes)
                targets.push({ goos: d.GOOS, goarch: d.GOARCH, tags, tests, cgoEnabled: cgo });
    }
    return targets;
}
function uniqueTagSets(sets) {
    const seen = new Set();
    return sets.filter(s => {
        const k = s.join(',');
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}

;// CONCATENATED MODULE: ./actions/readonly-list/src/list-target.ts



const LIST_FIELDS = [
    'ImportPath',
    'Dir',
    'ForTest',
    'DepOnly',
    'Module',
    'GoFiles',
    'CgoFiles',
    'TestGoFiles',
    'XTestGoFiles',
    'IgnoredGoFiles',
    'Error',
    'DepsErrors'
];
function listArgs(target, patterns, inWorkspace) {
    return [
        'list',
        ...modFlag(inWorkspace),
        '-e',
        // A tests run also answers for its target without tests (coveredByTests), from its packages' Deps.
        `-json=${[...LIST_FIELDS, ...(target.tests ? ['Deps'] : [])].join(',')}`,
        '-deps',
        ...(target.tests ? ['-test'] : []),
        ...(target.tags.length ? [`-tags=${tagsLabel(target.tags)}`] : []),
        '--',
        ...patterns
    ];
}
function targetEnv(target, userGoFlags, goWorkFile) {
    return {
        GOOS: target.goos,
        GOARCH: target.goarch,
        CGO_ENABLED: target.cgoEnabled,
        GOFLAGS: readonlyGoFlags(userGoFlags),
        // Outside a go.work each module stands alone, whatever GOWORK says in the environment.
        GOWORK: goWorkFile ?? 'off'
    };
}
/** Strips go's markers: "p (test)" and "p [q.test]". */
function basePackage(importPath) {
    const test = / \(test\)$/.test(importPath) || / \[.*\]$/.test(importPath) || importPath.endsWith('.test');
    return { path: importPath.replace(/ \(test\)$/, '').replace(/ \[.*\]$/, ''), test };
}
/** The package an error is about, read from go's message when the JSON does not say. */
function packageNamedIn(err) {
    const m = /providing package (\S+?)[;:)]?(?:\s|$)/.exec(err) ??
        /provides package (\S+?);/.exec(err) ??
        /package (\S+?) is not in (?:std|GOROOT)/.exec(err) ??
        /^package (\S+?)[: ]/.exec(err);
    return m?.[1];
}
/** Turns the listed packages of one run into errors, one per distinct (err, pos, stack). */
function collectErrors(packages) {
    const byKey = new Map();
    const add = (e, owner) => {
        const stack = (e.ImportStack ?? []).filter(Boolean);
        const failing = owner?.ImportPath ? basePackage(owner.ImportPath).path : packageNamedIn(e.Err);
        // Older go versions end the stack with the failing package itself.
        const trimmed = stack.length && failing && basePackage(stack[stack.length - 1]).path === failing && stack.length > 1 ? stack.slice(0, -1) : stack;
        const top = trimmed.length ? basePackage(trimmed[trimmed.length - 1]) : undefined;
        const key = `${e.Err}\u0000${e.Pos ?? ''}\u0000${trimmed.join('>')}`;
        const existing = byKey.get(key);
        if (existing) {
            existing.failingPackage ??= failing;
            return;
        }
        byKey.set(key, {
            err: e.Err,
            ...(e.Pos ? { pos: e.Pos } : {}),
            failingPackage: failing,
            importer: top?.path ?? failing,
            importerIsTest: top?.test ?? false,
            commandLevel: false
        });
    };
    for (const p of packages) {
        if (p.Error)
            add(p.Error, p);
        for (const e of p.DepsErrors ?? [])
            add(e);
    }
    return [...byKey.values()];
}
/** Runs go list for one module and target, deciding from the JSON errors, never from the exit code alone. */
async function listTarget(go, mod, target, opts) {
    const args = listArgs(target, opts.patterns, opts.goWorkFile !== undefined);
    const packages = new Map();
    const listed = [];
    const result = await go.streamJson(args, { cwd: mod.dir, env: targetEnv(target, opts.userGoFlags, opts.goWorkFile), allowFailure: true, timeoutMs: opts.timeoutMs }, p => {
        listed.push(p);
        packages.set(p.ImportPath, p);
    });
    const errors = collectErrors(listed);
    if ((result.exitCode !== 0 || result.signal) && errors.length === 0) {
        // go list -e still fails as a whole when the module graph cannot load
        // (go.mod needs updates, go line too new, a go.mod checksum missing).
        const text = importantStderr(result.stderr, 10) || `go list exited with ${result.exitCode ?? result.signal}`;
        errors.push({ err: text.replace(/^go: /gm, ''), importerIsTest: false, commandLevel: true });
    }
    return { errors, packages, packageCount: listed.length, durationMs: result.durationMs, args, exitCode: result.exitCode };
}
/**
 * A target without tests, read from the run of the same target with tests
 * when that run loaded every package without an error: `go list -deps -test`
 * lists every package `go list -deps` lists (the patterns' packages, loaded as
 * the same target, then their tests), so the target without tests cannot fail
 * where its tests run did not. Its packages are the patterns' packages and
 * their dependencies, as `go list -deps` lists them.
 * Undefined when the run with tests failed: the target is then run on its own,
 * so its errors and their import stacks are go's own for that target.
 */
function coveredByTests(testRun, target, patterns, inWorkspace) {
    if (testRun.exitCode !== 0 || testRun.errors.length)
        return undefined;
    const all = [...testRun.packages.values()];
    const testedBy = new Set(all.filter(p => p.ForTest).map(p => p.ForTest));
    // The test main of p is listed as "p.test", with no ForTest: not a package of the build without tests.
    const isTestMain = (p) => !p.ForTest && p.ImportPath.endsWith('.test') && testedBy.has(p.ImportPath.slice(0, -'.test'.length));
    const roots = all.filter(p => !p.ForTest && !p.DepOnly && !isTestMain(p));
    // What go list -deps lists: the patterns' packages and everything they depend on, as go counts it
    // (Deps has the implicit dependencies too, such as runtime/cgo, which no import line names).
    const packages = new Map();
    for (const root of roots) {
        packages.set(root.ImportPath, root);
        for (const d of root.Deps ?? []) {
            const dep = testRun.packages.get(d);
            // Every dependency of a package that loaded is listed; a missing one means the listing is not what this reads it as.
            if (!dep || dep.ForTest)
                return undefined;
            packages.set(d, dep);
        }
    }
    return {
        errors: [],
        packages,
        packageCount: packages.size,
        durationMs: 0,
        args: listArgs(target, patterns, inWorkspace),
        exitCode: 0,
        coveredBy: testRun.args
    };
}

;// CONCATENATED MODULE: ./actions/readonly-list/src/go-imports.ts
/**
 * Reads the import declarations at the top of a Go source file, with the line
 * and column of every import spec, the way go/parser's ImportsOnly mode does:
 * package clause, then `import "p"`, `import name "p"` and `import ( ... )`
 * groups, stopping at the first other declaration. Comments, raw and
 * interpreted string literals and semicolons are understood, so an import
 * path inside a comment is never reported.
 */
/** Tokenises just enough Go for the header: identifiers, strings, punctuation, automatic semicolons. */
function* tokens(src) {
    let i = 0;
    let line = 1;
    let lineStart = 0;
    let last;
    const needsSemi = () => last !== undefined && (last.kind === 'ident' || last.kind === 'string' || last.text === ')' || last.text === '}' || last.text === ']');
    while (i < src.length) {
        const c = src[i];
        if (c === '\n') {
            if (needsSemi()) {
                last = { kind: 'semi', text: '\n', line, column: i - lineStart + 1 };
                yield last;
            }
            i++;
            line++;
            lineStart = i;
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\r' || c === '\uFEFF') {
            i++;
            continue;
        }
        if (c === '/' && src[i + 1] === '/') {
            while (i < src.length && src[i] !== '\n')
                i++;
            continue;
        }
        if (c === '/' && src[i + 1] === '*') {
            const end = src.indexOf('*/', i + 2);
            const stop = end < 0 ? src.length : end + 2;
            // A block comment spanning lines acts like a newline.
            for (let j = i; j < stop; j++) {
                if (src[j] === '\n') {
                    if (needsSemi()) {
                        last = { kind: 'semi', text: '\n', line, column: j - lineStart + 1 };
                        yield last;
                    }
                    line++;
                    lineStart = j + 1;
                }
            }
            i = stop;
            continue;
        }
        const column = i - lineStart + 1;
        if (c === '"') {
            let j = i + 1;
            let value = '';
            while (j < src.length && src[j] !== '"' && src[j] !== '\n') {
                if (src[j] === '\\' && j + 1 < src.length) {
                    value += unescapeGo(src[j + 1]);
                    j += 2;
                }
                else
                    value += src[j++];
            }
            last = { kind: 'string', text: value, line, column };
            yield last;
            i = j + 1;
            continue;
        }
        if (c === '`') {
            const end = src.indexOf('`', i + 1);
            const stop = end < 0 ? src.length : end;
            const value = src.slice(i + 1, stop).replace(/\r/g, '');
            last = { kind: 'string', text: value, line, column };
            yield last;
            for (let j = i; j < stop; j++) {
                if (src[j] === '\n') {
                    line++;
                    lineStart = j + 1;
                }
            }
            i = stop + 1;
            continue;
        }
        if (/[\p{L}_]/u.test(c)) {
            let j = i + 1;
            while (j < src.length && /[\p{L}\p{N}_]/u.test(src[j]))
                j++;
            last = { kind: 'ident', text: src.slice(i, j), line, column };
            yield last;
            i = j;
            continue;
        }
        last = c === ';' ? { kind: 'semi', text: ';', line, column } : { kind: 'punct', text: c, line, column };
        yield last;
        i++;
    }
}
function unescapeGo(c) {
    const simple = { n: '\n', t: '\t', '\\': '\\', '"': '"', r: '\r' };
    return simple[c] ?? c;
}
/** The import specs of a Go file, in source order. Stops at the first non-import declaration. */
function scanImports(source) {
    const it = tokens(source);
    const next = () => {
        for (let r = it.next(); !r.done; r = it.next())
            return r.value;
        return undefined;
    };
    let tok = next();
    const skipSemis = () => {
        while (tok && tok.kind === 'semi')
            tok = next();
    };
    skipSemis();
    if (!tok || tok.text !== 'package')
        return [];
    tok = next(); // package name
    tok = next();
    const specs = [];
    const readSpec = () => {
        if (!tok)
            return false;
        let name;
        const start = tok;
        if (tok.kind === 'ident' || tok.text === '.') {
            name = tok.text;
            tok = next();
        }
        if (!tok || tok.kind !== 'string')
            return false;
        specs.push({ path: tok.text, ...(name !== undefined ? { name } : {}), line: start.line, column: start.column });
        tok = next();
        return true;
    };
    for (;;) {
        skipSemis();
        if (!tok || tok.text !== 'import')
            return specs;
        tok = next();
        if (tok?.text === '(') {
            tok = next();
            for (;;) {
                skipSemis();
                if (!tok || tok.text === ')')
                    break;
                if (!readSpec())
                    return specs;
            }
            tok = next();
        }
        else if (!readSpec())
            return specs;
    }
}
/** The first spec importing `importPath`, if any. */
function findImport(source, importPath) {
    return scanImports(source).find(s => s.path === importPath);
}

;// CONCATENATED MODULE: ./actions/readonly-list/src/locate.ts




/** Parses go's "file:line:col" (file relative to the directory go ran in, or absolute). */
function parsePos(pos, cwd) {
    const m = /^(.*?):(\d+)(?::(\d+))?$/.exec(pos.trim());
    if (!m)
        return undefined;
    return { file: external_node_path_namespaceObject.resolve(cwd, m[1]), line: Number(m[2]), ...(m[3] ? { column: Number(m[3]) } : {}) };
}
/**
 * Where to annotate an error: go's Pos when it gave one; otherwise the import
 * spec in the importing package's files; for go.mod-level errors the go.mod
 * line they are about. Positions outside the workspace (the module cache) are
 * not annotated.
 */
function locate(e, cls, mod, workspace, packages) {
    const inWorkspace = (abs) => isInside(workspace, abs);
    if (e.pos) {
        const p = parsePos(e.pos, mod.dir);
        if (p && inWorkspace(p.file))
            return { file: toPosixRelative(workspace, p.file), line: p.line, ...(p.column ? { column: p.column } : {}) };
    }
    if (!e.commandLevel && e.importer && e.failingPackage && e.importer !== e.failingPackage) {
        const spec = findImportSpec(e.importer, e.failingPackage, packages);
        if (spec && inWorkspace(spec.file))
            return { ...spec, file: toPosixRelative(workspace, spec.file) };
    }
    return goModLocation(e, cls, mod);
}
/** Searches the importer's Go files (every variant listed: plain and test) for the import spec. */
function findImportSpec(importer, imported, packages) {
    for (const p of packages.values()) {
        if (p.ImportPath !== importer && !p.ImportPath.startsWith(`${importer} `))
            continue;
        if (!p.Dir)
            continue;
        const files = [...(p.GoFiles ?? []), ...(p.CgoFiles ?? []), ...(p.TestGoFiles ?? []), ...(p.XTestGoFiles ?? []), ...(p.IgnoredGoFiles ?? [])];
        for (const f of files) {
            const abs = external_node_path_namespaceObject.join(p.Dir, f);
            if (!(0,external_node_fs_namespaceObject.existsSync)(abs))
                continue;
            const spec = findImport((0,external_node_fs_namespaceObject.readFileSync)(abs, 'utf8'), imported);
            if (spec)
                return { file: abs, line: spec.line, column: spec.column };
        }
    }
    return undefined;
}
function goModLocation(e, cls, mod) {
    const mf = mod.modFile;
    if (cls === 'toolchain-too-new' && mf.go)
        return { file: mod.goModFile, line: mf.go.line };
    const named = /(\S+?)@v\S*?: /.exec(e.err)?.[1];
    const req = named ? mf.require.find(r => r.path === named) : undefined;
    if (req)
        return { file: mod.goModFile, line: req.line };
    if (e.commandLevel || cls === 'go-mod-needs-update')
        return { file: mod.goModFile, line: mf.module?.line ?? 1 };
    return undefined;
}

;// CONCATENATED MODULE: ./actions/readonly-list/src/run-matrix.ts

/** The default concurrency: one go list per CPU (go list itself is partly parallel, partly waiting on files). */
function defaultParallelism() {
    return typeof external_node_os_namespaceObject.availableParallelism === 'function' ? external_node_os_namespaceObject.availableParallelism() : external_node_os_namespaceObject.cpus().length;
}

;// CONCATENATED MODULE: ./actions/readonly-list/src/where.ts

/**
 * Says in which part of the matrix an error occurs: "everywhere",
 * "windows/amd64 only", "tests only", "tags=integration only", or a
 * combination ("windows/amd64, tests only"). When the targets are not a
 * clean product of the three dimensions, lists them.
 */
function describeWhere(hit, all) {
    const key = (t) => targetLabel(t);
    const hitKeys = new Set(hit.map(key));
    if (all.every(t => hitKeys.has(key(t))))
        return 'everywhere';
    const dims = {
        platform: (t) => platformOf(t),
        tags: (t) => tagsLabel(t.tags),
        tests: (t) => (t.tests ? 'tests' : 'packages')
    };
    const hitValues = Object.fromEntries(Object.entries(dims).map(([d, f]) => [d, new Set(hit.map(f))]));
    const allValues = Object.fromEntries(Object.entries(dims).map(([d, f]) => [d, new Set(all.map(f))]));
    // A product: every target of the matrix whose values lie in the hit projections was hit.
    const inProjection = (t) => Object.keys(dims).every(d => hitValues[d].has(dims[d](t)));
    const isProduct = all.filter(inProjection).every(t => hitKeys.has(key(t)));
    if (!isProduct)
        return hit.map(key).sort().join('; ');
    const parts = [];
    if (hitValues.platform.size < allValues.platform.size)
        parts.push([...hitValues.platform].sort().join(', '));
    if (hitValues.tags.size < allValues.tags.size) {
        parts.push([...hitValues.tags]
            .sort()
            .map(t => (t ? `tags=${t}` : 'no tags'))
            .join(', '));
    }
    if (hitValues.tests.size < allValues.tests.size)
        parts.push(hitValues.tests.has('tests') ? 'tests' : 'non-test builds');
    return `${parts.join(', ')} only`;
}

;// CONCATENATED MODULE: ./actions/readonly-list/src/rules.ts
/** Every finding readonly-list reports (one per error class of go list): the README's rule table is generated from this list. */
const RULES = [
    {
        id: 'missing-go-sum',
        severity: 'error',
        description: 'missing go.sum entry: a package needs a module whose hash go.sum lacks.',
        example: '`platform/platform_windows.go:6`: example.com/app/platform imports example.com/readonly/winreg, which does not load with -mod=readonly (windows/amd64 only): missing go.sum entry for module providing package example.com/readonly/winreg (imported by example.com/app/platform). Fix: `cd platform && go get example.com/app/platform`'
    },
    {
        id: 'missing-requirement',
        severity: 'error',
        description: 'missing requirement: an imported package is in no required module.',
        example: '`testonly/lib_test.go:6`: example.com/app/testonly imports example.com/readonly/assert, which does not load with -mod=readonly (tests only): cannot find module providing package example.com/readonly/assert: import lookup disabled by -mod=readonly. Fix: `cd testonly && go get example.com/readonly/assert`'
    },
    {
        id: 'go-mod-needs-update',
        severity: 'error',
        description: 'go.mod needs updates that -mod=readonly forbids.',
        example: '`modupdate/go.mod:1`: module example.com/app/modupdate does not load with -mod=readonly (everywhere): updates to go.mod needed, disabled by -mod=readonly. Fix: `cd modupdate && go mod tidy`'
    },
    {
        id: 'toolchain-too-new',
        severity: 'error',
        description: 'go.mod or go.work needs a newer Go than the one running, and GOTOOLCHAIN forbids switching.',
        example: '`toonew/go.mod:3`: module example.com/app/toonew does not load with -mod=readonly (everywhere): go.mod requires go >= 1.99 (running go 1.26.8; GOTOOLCHAIN=local). Fix: build with Go 1.99 or newer (actions/setup-go with go-version-file).'
    },
    {
        id: 'network-failure',
        severity: 'error',
        description: 'network or proxy failure: a module could not be downloaded.',
        example: 'example.com/app/testonly does not load (everywhere): example.com/readonly/common@v1.0.0: reading http://127.0.0.1:41234/…/v1.0.0.zip: 502 Bad Gateway. Fix: `cd testonly && go mod download`'
    },
    {
        id: 'package-error',
        severity: 'error',
        description: "Any other load error (syntax error, import cycle, a package excluded by build constraints), with go's message and position.",
        example: ''
    }
];

;// CONCATENATED MODULE: ./actions/readonly-list/src/main.ts










async function execute(inputs, deps) {
    const { go, discovery, workspace } = deps;
    // Both are cached per runner; asked together so the matrix starts sooner.
    const [goEnv, dist, workEnv] = await Promise.all([go.goEnv(), distList(go), isolatedGoWorkEnv(discovery, deps.tempDir)]);
    // Under a go.work, go list runs against core's temp copy of it: go writes go.work.sum there, not into the checkout.
    const goWorkFile = discovery.goWork ? workEnv.GOWORK : undefined;
    const targets = buildMatrix({
        platforms: inputs.platforms,
        tagSets: inputs.tagSets,
        tests: inputs.tests,
        cgo: inputs.cgo,
        host: { goos: goEnv.GOOS, goarch: goEnv.GOARCH, cgoEnabled: goEnv.CGO_ENABLED },
        dist
    });
    const jobs = discovery.modules.flatMap(mod => targets.map(target => ({ mod, target })));
    // Longest first: -test runs list several times the packages, so starting them
    // first keeps every worker busy until the end (results stay in matrix order).
    // A target without tests waits for its run with tests: when that loaded
    // everything, it covers this one (coveredByTests), else this one runs too.
    const order = jobs.map((_, i) => i).sort((a, b) => Number(jobs[b].target.tests) - Number(jobs[a].target.tests) || a - b);
    const withTests = new Map();
    const pairOf = (i) => jobs.findIndex(j => j.mod === jobs[i].mod && j.target.tests && sameBuild(j.target, jobs[i].target));
    const parallel = inputs.parallel || defaultParallelism();
    const started = performance.now();
    const run = (i) => listTarget(go, jobs[i].mod, jobs[i].target, { patterns: inputs.packages, goWorkFile, userGoFlags: goEnv.GOFLAGS });
    const ordered = await mapLimit(order, parallel, async (i) => {
        if (jobs[i].target.tests) {
            const r = run(i);
            withTests.set(i, r);
            return r;
        }
        const pair = pairOf(i);
        const tested = pair >= 0 ? await withTests.get(pair) : undefined;
        return (tested && coveredByTests(tested, jobs[i].target, inputs.packages, goWorkFile !== undefined)) ?? run(i);
    });
    const runs = new Array(jobs.length);
    order.forEach((jobIndex, k) => (runs[jobIndex] = ordered[k]));
    const wallMs = performance.now() - started;
    const goListRuns = runs.filter(r => !r.coveredBy).length;
    const merged = mergeErrors(jobs, runs, targets, workspace, inputs.packages);
    const findings = merged.map(toFinding);
    return {
        findings,
        headline: `go list -mod=readonly over ${discovery.modules.length} module${discovery.modules.length === 1 ? '' : 's'} × ${targets.length} targets ` +
            `(${goListRuns} go list run${goListRuns === 1 ? '' : 's'}, ${parallel} at a time, ${(wallMs / 1000).toFixed(1)}s): ` +
            (merged.length ? `${merged.length} distinct load error${merged.length === 1 ? '' : 's'}.` : 'every package loads.'),
        outputs: { 'target-count': targets.length, 'run-count': jobs.length },
        sections: [
            { kind: 'heading', level: 3, text: 'Load errors' },
            merged.length
                ? {
                    kind: 'table',
                    columns: ['Module', 'Target', 'Package', 'Class', 'Location', 'Fix'],
                    rows: merged.map(e => [
                        code(e.module),
                        e.where,
                        e.importer ? code(e.importer) : '',
                        CLASS_TITLES[e.class],
                        e.location ? code(`${e.location.file}:${e.location.line}`) : '',
                        e.fix?.command ? code(e.fix.command) : (e.fix?.description ?? '')
                    ])
                }
                : { kind: 'paragraph', text: 'Every package and its dependencies load with -mod=readonly on every target.' },
            {
                kind: 'details',
                summary: `Targets (${targets.length})`,
                blocks: [
                    {
                        kind: 'table',
                        columns: ['Target', 'CGO_ENABLED', 'Packages listed', 'Errors', 'Time'],
                        align: ['left', 'left', 'right', 'right', 'right'],
                        rows: targets.map(t => {
                            const mine = runs.filter((_, i) => jobs[i].target === t);
                            return [
                                targetLabel(t) + (mine.length && mine.every(r => r.coveredBy) ? ' (read from its tests run)' : ''),
                                t.cgoEnabled,
                                mine.reduce((n, r) => n + r.packageCount, 0),
                                mine.reduce((n, r) => n + r.errors.length, 0),
                                `${(mine.reduce((n, r) => n + r.durationMs, 0) / 1000).toFixed(2)}s`
                            ];
                        })
                    }
                ]
            }
        ],
        data: {
            targets: targets.map(targetLabel),
            parallel,
            goListRuns,
            wallMs: Math.round(wallMs),
            runs: runs.map((r, i) => ({
                module: jobs[i].mod.path,
                target: targetLabel(jobs[i].target),
                args: r.args,
                exitCode: r.exitCode,
                ...(r.coveredBy ? { coveredBy: r.coveredBy } : {}),
                packages: r.packageCount,
                errors: r.errors.length,
                durationMs: Math.round(r.durationMs)
            })),
            errors: merged.map(e => ({ ...e, targets: e.targets.map(targetLabel) }))
        }
    };
}
/** The same build but for tests: platform, tags and cgo. */
function sameBuild(a, b) {
    return a.goos === b.goos && a.goarch === b.goarch && a.cgoEnabled === b.cgoEnabled && a.tags.join(',') === b.tags.join(',');
}
/** Deduplicates errors across targets: same module, class, package, importer, message and location. */
function mergeErrors(jobs, runs, allTargets, workspace, patterns) {
    const byKey = new Map();
    const moduleOf = new Map();
    runs.forEach((run, i) => {
        const { mod, target } = jobs[i];
        for (const e of run.errors) {
            const cls = classify(e.err);
            const location = locate(e, cls, mod, workspace, run.packages);
            const key = [mod.path, cls, e.failingPackage, e.importer, e.err, location?.file, location?.line].join('\u0000');
            let entry = byKey.get(key);
            if (!entry) {
                entry = {
                    module: mod.path,
                    class: cls,
                    err: e.err,
                    ...(e.failingPackage ? { package: e.failingPackage } : {}),
                    ...(e.importer ? { importer: e.importer } : {}),
                    ...(location ? { location } : {}),
                    targets: [],
                    where: '',
                    fix: undefined
                };
                byKey.set(key, entry);
                moduleOf.set(entry, mod);
            }
            if (!entry.targets.includes(target))
                entry.targets.push(target);
        }
    });
    const modulesTargets = allTargets;
    for (const e of byKey.values()) {
        e.where = describeWhere(e.targets, modulesTargets);
        // The fix is chosen once the targets are known: a command for a failing test build must load tests too.
        e.fix = fixFor(e.class, e.err, moduleOf.get(e), e.package, { patterns, tests: e.targets.some(t => t.tests) });
    }
    return [...byKey.values()];
}
function toFinding(e) {
    const reason = goReason(e.err);
    const subject = e.importer && e.package && e.importer !== e.package
        ? `${e.importer} imports ${e.package}, which does not load`
        : e.package
            ? `${e.package} does not load`
            : `module ${e.module} does not load`;
    return {
        rule: CLASS_RULES[e.class],
        severity: 'error',
        title: `${CLASS_TITLES[e.class]} (${e.where})`,
        message: `${subject} with -mod=readonly (${e.where}): ${reason}.`,
        module: e.module,
        ...(e.location ? { file: e.location.file, line: e.location.line, ...(e.location.column ? { column: e.location.column } : {}) } : {}),
        fix: e.fix
    };
}
/** go's message without its trailing "; to add: go get ..." advice (the finding's fix says what to run). */
function goReason(err) {
    return err
        .split('\n')[0]
        .replace(/;\s*to (?:add|update)(?: it)?:\s*$/, '')
        .replace(/[.:;\s]+$/, '');
}
const gate = {
    name: 'readonly-list',
    rules: RULES,
    parseInputs: parseInputs,
    execute
};
async function run() {
    await runGate(gate);
}


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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(861);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
