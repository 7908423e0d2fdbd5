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

/***/ 163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(101)
const { safeRe: re, t } = __nccwpck_require__(471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(348)

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

/***/ 469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
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

/***/ 101:
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

/***/ 159:
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

/***/ 348:
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

/***/ 471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(101)
const debug = __nccwpck_require__(159)
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

/***/ 249:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(570);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 570:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: execute, gate, parseInputs

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

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
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

;// CONCATENATED MODULE: ./actions/sum-audit/src/action-defaults.generated.ts
// Generated from actions/sum-audit/action.yml by scripts/readme-tables.ts: do not edit.
// The inputs' defaults, as the runner applies them in a job (Inputs reads them for the CLI and the tests).
const ACTION_DEFAULTS = {
    "working-directory": ".",
    "fail-on": "error",
    "max-annotations": "10",
    "sumdb": "true",
    "unverifiable": "warn",
    "tidy": "true",
    "cache": "true",
    "concurrency": "16",
    "request-timeout": "20",
    "attempts": "4"
};

;// CONCATENATED MODULE: ./actions/sum-audit/src/inputs.ts


function parseInputs(source) {
    const inputs = new Inputs(source, ACTION_DEFAULTS);
    return {
        ...parseCommonInputs(inputs),
        sumdb: inputs.boolean('sumdb'),
        gosumdb: inputs.string('gosumdb'),
        unverifiable: inputs.enumeration('unverifiable', ['warn', 'error']),
        tidy: inputs.boolean('tidy'),
        cache: inputs.boolean('cache'),
        stateDir: inputs.string('state-dir'),
        concurrency: inputs.number('concurrency', { min: 1, max: 64, integer: true }),
        requestTimeout: inputs.number('request-timeout', { min: 1, max: 600 }),
        attempts: inputs.number('attempts', { min: 1, max: 10, integer: true })
    };
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
function checkModulePath(p) {
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

// EXTERNAL MODULE: ./node_modules/semver/functions/compare.js
var compare = __nccwpck_require__(469);
var compare_default = /*#__PURE__*/__nccwpck_require__.n(compare);
// EXTERNAL MODULE: ./node_modules/semver/functions/parse.js
var parse = __nccwpck_require__(353);
var parse_default = /*#__PURE__*/__nccwpck_require__.n(parse);
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
function compareModuleVersions(a, b) {
    const ca = canonicalVersion(a);
    const cb = canonicalVersion(b);
    if (!ca || !cb)
        return ca ? 1 : cb ? -1 : 0;
    const sa = ca.slice(1).replace(/\+incompatible$/, '');
    const sb = cb.slice(1).replace(/\+incompatible$/, '');
    const na = parse_default()(sa);
    const nb = parse_default()(sb);
    if (na && nb)
        return compare_default()(na, nb);
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
function checkModuleVersion(path, version) {
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

;// CONCATENATED MODULE: ./actions/sum-audit/src/sum-files.ts



/** Reads and parses one go.sum (undefined when it cannot be read). Invalid UTF-8 becomes U+FFFD, which is not space, as in Go. */
async function loadSumFile(abs, workspace, module, moduleDir) {
    let text;
    try {
        text = await external_node_fs_namespaceObject.promises.readFile(abs, 'utf8');
    }
    catch {
        return undefined;
    }
    const parsed = parseGoSum(text);
    return { abs, rel: toPosixRelative(workspace, abs), module, moduleDir, parsed, lineCount: countNewlines(text) + (parsed.endsWithNewline ? 0 : 1) };
}
function countNewlines(text) {
    let n = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
/** Every module's go.sum, and go.work.sum when a go.work selects the modules. Missing files are skipped. */
async function readSumFiles(discovery, workspace) {
    const out = [];
    const add = async (abs, module, moduleDir) => {
        const f = await loadSumFile(abs, workspace, module, moduleDir);
        if (f)
            out.push(f);
    };
    for (const m of discovery.modules)
        await add(external_node_path_namespaceObject.join(m.dir, 'go.sum'), m.path, m.dir);
    if (discovery.goWork)
        await add(external_node_path_namespaceObject.join(discovery.goWork.dir, 'go.work.sum'));
    return out;
}
const RULES = {
    malformed: { rule: 'malformed-line', severity: 'error', title: 'Malformed go.sum line', fix: 'Delete the line and run go mod tidy' },
    'conflict-marker': {
        rule: 'merge-conflict',
        severity: 'error',
        title: 'Merge-conflict marker in go.sum',
        fix: 'Resolve the conflict: keep both sides, delete the markers, then run go mod tidy'
    },
    'unknown-hash': { rule: 'unknown-hash', severity: 'warning', title: 'Unknown hash algorithm' },
    'missing-final-newline': { rule: 'missing-final-newline', severity: 'warning', title: 'No newline at end of go.sum', fix: 'Run go mod tidy' },
    'duplicate-line': { rule: 'duplicate-line', severity: 'warning', title: 'Duplicate go.sum line', fix: 'Delete the duplicate' },
    'conflicting-hash': {
        rule: 'conflicting-hash',
        severity: 'error',
        title: 'Two hashes for one module version',
        fix: 'Delete both lines and run go mod tidy; the checksum database decides which is right'
    },
    'missing-go-mod-hash': { rule: 'missing-go-mod-hash', severity: 'warning', title: 'Module hash without its /go.mod hash', fix: 'Run go mod tidy' },
    'non-canonical-order': { rule: 'non-canonical-order', severity: 'notice', title: 'go.sum is not in the order go writes it', fix: 'Run go mod tidy' }
};
function fileFindings(f) {
    const issues = checkGoSum(f.parsed, f.lineCount);
    const findings = issues.map((i) => {
        const r = RULES[i.kind];
        return {
            rule: r.rule,
            severity: r.severity,
            title: r.title,
            message: `${f.rel}:${i.line}: ${i.message}.`,
            module: f.module,
            file: f.rel,
            line: i.line,
            fix: r.fix ? { description: r.fix, command: f.module ? 'go mod tidy' : undefined } : undefined
        };
    });
    return { findings, issues };
}

;// CONCATENATED MODULE: ./packages/core/src/goenv/module-patterns.ts
/**
 * Go's module path patterns, as GOPRIVATE, GONOSUMDB and GONOPROXY use them
 * (golang.org/x/mod/module.MatchPrefixPatterns): a comma-separated list of
 * path.Match globs, each matched against the leading path elements of the
 * module path (as many elements as the glob has).
 */
class BadPatternError extends Error {
}
function escapeRegExpChar(c) {
    return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
}
const compiled = new Map();
/** Compiles a path.Match pattern to an anchored RegExp; throws BadPatternError as path.Match returns ErrBadPattern. */
function compilePathPattern(pattern) {
    const hit = compiled.get(pattern);
    if (hit instanceof RegExp)
        return hit;
    if (hit)
        throw hit;
    try {
        const re = translate(pattern);
        compiled.set(pattern, re);
        return re;
    }
    catch (err) {
        if (err instanceof BadPatternError)
            compiled.set(pattern, err);
        throw err;
    }
}
function translate(pattern) {
    const chars = [...pattern];
    let out = '';
    for (let i = 0; i < chars.length; i++) {
        const c = chars[i];
        if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else if (c === '\\') {
            if (i + 1 >= chars.length)
                throw new BadPatternError(`bad pattern ${JSON.stringify(pattern)}: trailing backslash`);
            out += escapeRegExpChar(chars[++i]);
        }
        else if (c === '[') {
            i++;
            let negate = false;
            if (chars[i] === '^') {
                negate = true;
                i++;
            }
            const parts = [];
            // Reads one class character (with escapes); '-' and ']' may not start a range end unescaped.
            const classChar = () => {
                const ch = chars[i];
                if (ch === undefined || ch === '-' || ch === ']')
                    throw new BadPatternError(`bad pattern ${JSON.stringify(pattern)}: bad character class`);
                if (ch === '\\') {
                    i++;
                    if (chars[i] === undefined)
                        throw new BadPatternError(`bad pattern ${JSON.stringify(pattern)}: trailing backslash`);
                }
                return chars[i++];
            };
            for (;;) {
                if (chars[i] === ']' && parts.length > 0)
                    break;
                const lo = classChar();
                if (chars[i] === '-') {
                    i++;
                    const hi = classChar();
                    if (hi < lo)
                        throw new BadPatternError(`bad pattern ${JSON.stringify(pattern)}: bad range`);
                    parts.push(`${escapeRegExpChar(lo)}-${escapeRegExpChar(hi)}`);
                }
                else
                    parts.push(escapeRegExpChar(lo));
            }
            out += `[${negate ? '^' : ''}${parts.join('')}]`;
        }
        else
            out += escapeRegExpChar(c);
    }
    return new RegExp(`^${out}$`, 'u');
}
/** Go's path.Match; throws BadPatternError for a malformed pattern. */
function pathMatch(pattern, name) {
    return compilePathPattern(pattern).test(name);
}
/** module.MatchPrefixPatterns: whether any glob in the comma-separated list matches a prefix of target. */
function matchPrefixPatterns(globs, target) {
    for (const raw of globs.split(',')) {
        const glob = raw.replace(/\/$/, '');
        if (glob === '')
            continue;
        let n = glob.split('/').length - 1;
        let prefix = target;
        for (let i = 0; i < target.length; i++) {
            if (target[i] === '/') {
                if (n === 0) {
                    prefix = target.slice(0, i);
                    break;
                }
                n--;
            }
        }
        if (n > 0)
            continue; // Not enough path elements in the target.
        try {
            if (pathMatch(glob, prefix))
                return true;
        }
        catch (err) {
            // The go command ignores a bad pattern here (the match simply fails).
            if (!(err instanceof BadPatternError))
                throw err;
        }
    }
    return false;
}
/** The patterns that exclude a module from the checksum database: GONOSUMDB, else GOPRIVATE (cfg.GONOSUMDB). */
function noSumdbPatterns(env) {
    return env.GONOSUMDB || env.GOPRIVATE || '';
}
/** The patterns of modules fetched directly, never through GOPROXY: GONOPROXY, else GOPRIVATE (cfg.GONOPROXY). */
function noProxyPatterns(env) {
    return env.GONOPROXY || env.GOPRIVATE || '';
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

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./packages/core/src/goenv/goproxy.ts
/**
 * GOPROXY as cmd/go reads it (modfetch.proxyList): entries separated by `,`
 * (fall back to the next on 404/410) or `|` (fall back on any error), with
 * `direct` and `off` as keywords. Used by the checksum-database route
 * (sum-audit) and by the download URLs of an SBOM (sbom-attach).
 */
/** Splits GOPROXY as cmd/go does; empty means the default. */
function parseGoproxy(value) {
    const text = (value ?? '').trim() || 'https://proxy.golang.org,direct';
    const out = [];
    let rest = text;
    while (rest !== '') {
        const i = rest.search(/[,|]/);
        const entry = (i < 0 ? rest : rest.slice(0, i)).trim();
        const sep = i < 0 ? '' : rest[i];
        rest = i < 0 ? '' : rest.slice(i + 1);
        if (entry === '')
            continue;
        out.push({ url: entry.replace(/\/+$/, ''), fallBackOnError: sep === '|' });
    }
    return out;
}
/** The first http(s) proxy in GOPROXY, for download URLs; undefined when there is none (`direct`, `off`, file://). */
function firstHttpProxy(goproxy) {
    return parseGoproxy(goproxy).find(e => /^https?:\/\//.test(e.url))?.url;
}

;// CONCATENATED MODULE: ./packages/sumdb/src/note.ts

/**
 * Go's signed notes (golang.org/x/mod/sumdb/note): a UTF-8 text ending in a
 * newline, a blank line, then signature lines `— <name> <base64(keyhash‖sig)>`.
 * Keys are `<name>+<hash>+<base64(alg‖key)>` with alg 1 = Ed25519 and hash the
 * first 4 bytes (big-endian) of SHA-256(name ‖ "\n" ‖ alg ‖ key).
 */
/** The checksum database key the go command has built in for sum.golang.org. */
const SUM_GOLANG_ORG_KEY = 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8';
const ALG_ED25519 = 1;
// DER prefixes that turn a raw 32-byte Ed25519 key into SPKI / PKCS#8 for node:crypto.
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SIG_PREFIX = '\u2014 ';
class NoteError extends Error {
}
function isValidName(name) {
    // eslint-disable-next-line no-control-regex -- control characters are what this refuses
    return name !== '' && !/[\s+]/u.test(name) && !/[\u0000-\u001f\u007f]/.test(name);
}
function keyHash(name, key) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256')
        .update(Buffer.concat([Buffer.from(`${name}\n`, 'utf8'), key]))
        .digest()
        .readUInt32BE(0);
}
function strictBase64(text) {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0)
        return undefined;
    return Buffer.from(text, 'base64');
}
/** Parses a verifier key `name+hash+base64key`; throws NoteError saying what is wrong. */
function parseVerifierKey(text) {
    const parts = text.split('+');
    // The base64 key may itself contain '+': name and hash are the first two fields.
    if (parts.length < 3)
        throw new NoteError(`malformed verifier key ${JSON.stringify(text)}: expected name+hash+key`);
    const name = parts[0];
    const hashText = parts[1];
    const keyText = parts.slice(2).join('+');
    if (!isValidName(name))
        throw new NoteError(`malformed verifier key ${JSON.stringify(text)}: invalid name`);
    if (!/^[0-9a-f]{8}$/.test(hashText))
        throw new NoteError(`malformed verifier key ${JSON.stringify(text)}: hash must be 8 lower-case hex digits`);
    const key = strictBase64(keyText);
    if (!key || key.length === 0)
        throw new NoteError(`malformed verifier key ${JSON.stringify(text)}: key is not base64`);
    const hash = parseInt(hashText, 16);
    if (keyHash(name, key) !== hash)
        throw new NoteError(`malformed verifier key ${JSON.stringify(text)}: hash ${hashText} does not match the key`);
    if (key[0] !== ALG_ED25519)
        throw new NoteError(`verifier key ${JSON.stringify(text)}: unknown algorithm ${key[0]} (only Ed25519 is supported)`);
    if (key.length !== 33)
        throw new NoteError(`malformed verifier key ${JSON.stringify(text)}: Ed25519 key must be 32 bytes`);
    const publicKey = (0,external_node_crypto_namespaceObject.createPublicKey)({ key: Buffer.concat([SPKI_ED25519_PREFIX, key.subarray(1)]), format: 'der', type: 'spki' });
    return {
        name,
        hash,
        text,
        verify: (message, signature) => signature.length === 64 && (0,external_node_crypto_namespaceObject.verify)(null, message, publicKey, signature)
    };
}
/** A new Ed25519 key pair in Go's text forms (`PRIVATE+KEY+name+hash+key` and `name+hash+key`). */
function generateNoteKey(name) {
    if (!isValidName(name))
        throw new NoteError(`invalid key name ${JSON.stringify(name)}`);
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const seed = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(PKCS8_ED25519_PREFIX.length);
    const pub = publicKey.export({ format: 'der', type: 'spki' }).subarray(SPKI_ED25519_PREFIX.length);
    const alg = Buffer.from([ALG_ED25519]);
    const hash = keyHash(name, Buffer.concat([alg, pub]))
        .toString(16)
        .padStart(8, '0');
    return {
        signerKey: `PRIVATE+KEY+${name}+${hash}+${Buffer.concat([alg, seed]).toString('base64')}`,
        verifierKey: `${name}+${hash}+${Buffer.concat([alg, pub]).toString('base64')}`
    };
}
function parseSignerKey(text) {
    const m = /^PRIVATE\+KEY\+([^+]+)\+([0-9a-f]{8})\+(.+)$/.exec(text);
    if (!m)
        throw new NoteError('malformed signer key');
    const raw = Buffer.from(m[3], 'base64');
    if (raw[0] !== ALG_ED25519 || raw.length !== 33)
        throw new NoteError('signer key is not an Ed25519 seed');
    const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, raw.subarray(1)]), format: 'der', type: 'pkcs8' });
    return { name: m[1], hash: parseInt(m[2], 16), sign: message => sign(null, message, privateKey) };
}
/** Signs a note text (which must end in a newline) with each signer. */
function signNote(text, ...signers) {
    if (!text.endsWith('\n'))
        throw new NoteError('note text must end in a newline');
    const lines = signers.map(s => {
        const hash = Buffer.alloc(4);
        hash.writeUInt32BE(s.hash >>> 0);
        return `${SIG_PREFIX}${s.name} ${Buffer.concat([hash, s.sign(Buffer.from(text, 'utf8'))]).toString('base64')}\n`;
    });
    return `${text}\n${lines.join('')}`;
}
/**
 * Opens a signed note: checks its format and that at least one signature is a
 * valid signature by one of the known verifiers. A signature by a known key
 * name and hash that does not verify is an error even when others do.
 */
function openNote(message, verifiers) {
    // eslint-disable-next-line no-control-regex -- control characters are what this refuses
    if (/[\u0000-\u0009\u000b-\u001f\u007f]/.test(message))
        throw new NoteError('malformed note: control characters');
    const split = message.lastIndexOf('\n\n');
    if (split < 0)
        throw new NoteError('malformed note: no signature block');
    const text = message.slice(0, split + 1);
    const sigBlock = message.slice(split + 2);
    if (sigBlock === '' || !sigBlock.endsWith('\n'))
        throw new NoteError('malformed note: signature block must end in a newline');
    const verifiedBy = [];
    for (const line of sigBlock.slice(0, -1).split('\n')) {
        if (!line.startsWith(SIG_PREFIX))
            throw new NoteError(`malformed note: bad signature line ${JSON.stringify(line)}`);
        const [name, b64, extra] = line.slice(SIG_PREFIX.length).split(' ');
        const sig = b64 === undefined ? undefined : strictBase64(b64);
        if (!name || extra !== undefined || !sig || sig.length < 5)
            throw new NoteError(`malformed note: bad signature line ${JSON.stringify(line)}`);
        const hash = sig.readUInt32BE(0);
        const v = verifiers.find(k => k.name === name && k.hash === hash);
        if (!v)
            continue; // A signature by an unknown key is allowed and ignored.
        if (!v.verify(Buffer.from(text, 'utf8'), sig.subarray(4)))
            throw new NoteError(`invalid signature by ${name}+${hash.toString(16).padStart(8, '0')}`);
        verifiedBy.push(name);
    }
    if (verifiedBy.length === 0)
        throw new NoteError('no verifiable signature by a known key');
    return { text, verifiedBy };
}

;// CONCATENATED MODULE: ./packages/sumdb/src/config.ts




/** Thrown for a GOSUMDB value the go command would reject. */
class SumdbConfigError extends Error {
}
const KNOWN_KEYS = { 'sum.golang.org': SUM_GOLANG_ORG_KEY };
/**
 * Parses GOSUMDB as cmd/go does (modfetch.dbDial): `off`; a known name
 * (`sum.golang.org`, and `sum.golang.google.cn` as its alias); `name+hash+key`;
 * either followed by a URL. Empty means the default, sum.golang.org.
 * Returns undefined for `off`.
 */
function parseGosumdb(value) {
    let gosumdb = (value ?? '').trim() || 'sum.golang.org';
    if (gosumdb === 'sum.golang.google.cn')
        gosumdb = 'sum.golang.org https://sum.golang.google.cn';
    if (gosumdb === 'off')
        return undefined;
    const fields = gosumdb.split(/\s+/);
    if (fields.length > 2)
        throw new SumdbConfigError(`invalid GOSUMDB ${JSON.stringify(value)}: too many fields (expected "<key> [<url>]")`);
    const keyText = KNOWN_KEYS[fields[0]] ?? fields[0];
    let verifier;
    try {
        verifier = parseVerifierKey(keyText);
    }
    catch (err) {
        if (err instanceof NoteError && !fields[0].includes('+')) {
            throw new SumdbConfigError(`invalid GOSUMDB ${JSON.stringify(value)}: ${fields[0]} is not a known checksum database; give its key as name+hash+key`);
        }
        throw new SumdbConfigError(`invalid GOSUMDB ${JSON.stringify(value)}: ${err.message}`);
    }
    const name = verifier.name;
    // "No funny business in the database name": it must be a bare host.
    if (!/^[A-Za-z0-9.-]+(:[0-9]+)?$/.test(name))
        throw new SumdbConfigError(`invalid GOSUMDB ${JSON.stringify(value)}: database name ${JSON.stringify(name)} must be a host name`);
    let url;
    if (fields[1] !== undefined) {
        try {
            const u = new URL(fields[1]);
            if (!['http:', 'https:', 'file:'].includes(u.protocol))
                throw new Error(`unsupported scheme ${u.protocol}`);
            url = fields[1].replace(/\/+$/, '');
        }
        catch (err) {
            throw new SumdbConfigError(`invalid GOSUMDB URL ${JSON.stringify(fields[1])}: ${err.message}`);
        }
    }
    return { name, verifier, url, directUrl: `https://${name}` };
}
async function probeOnce(url, fetchStatus) {
    if (url.startsWith('file:')) {
        try {
            await external_node_fs_namespaceObject.promises.access((0,external_node_url_namespaceObject.fileURLToPath)(url));
            return { status: 200 };
        }
        catch {
            return { status: 404 };
        }
    }
    return fetchStatus(url);
}
/**
 * Chooses the database URL as cmd/go does (modfetch dbClient.initBase): the
 * URL in GOSUMDB if given; else the first GOPROXY entry whose
 * `<proxy>/sumdb/<name>/supported` answers 200; a 404/410 (or any error after
 * a `|`) moves to the next entry; `direct`, `off` or the end of the list means
 * the database's own https://<name>. Any other failure is an error: the go
 * command would not fall back to direct then either.
 */
async function routeSumdb(config, goproxy, fetchStatus) {
    if (config.url)
        return { baseUrl: config.url, via: 'gosumdb-url', probes: [] };
    const probes = [];
    for (const entry of parseGoproxy(goproxy)) {
        if (entry.url === 'direct' || entry.url === 'off')
            break;
        const supported = `${entry.url}/sumdb/${config.name}/supported`;
        let status;
        let failure;
        try {
            status = (await probeOnce(supported, fetchStatus)).status;
        }
        catch (err) {
            failure = err.message;
        }
        probes.push({ url: supported, answer: failure ?? String(status) });
        if (status === 200)
            return { baseUrl: `${entry.url}/sumdb/${config.name}`, via: 'proxy', probes };
        if (status === 404 || status === 410 || entry.fallBackOnError)
            continue;
        throw new SumdbConfigError(`checking whether ${entry.url} proxies the checksum database ${config.name}: ${failure ?? `HTTP ${status}`}`);
    }
    return { baseUrl: config.directUrl, via: 'direct', probes };
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

;// CONCATENATED MODULE: ./packages/sumdb/src/tlog.ts

/**
 * The transparency log behind Go's checksum database (golang.org/x/mod/sumdb/tlog):
 * RFC 6962 Merkle hashing, the tree-head text, tile coordinates and paths,
 * and inclusion / consistency checks computed from hashes read out of tiles.
 * Tree sizes are plain numbers: exact up to 2^53 records.
 */
const TILE_HEIGHT = 8;
const TILE_WIDTH = 2 ** TILE_HEIGHT;
const HASH_SIZE = 32;
class TlogError extends Error {
}
// crypto.hash (Node >= 20.12) hashes a buffer in one call: a proof pass makes thousands of
// 65-byte hashes, and a Hash object per hash costs several times the hashing itself.
// Strings are hashed as UTF-8 either way.
const oneShot = external_node_crypto_namespaceObject.hash;
const sha256 = typeof oneShot === 'function' ? data => oneShot('sha256', data, 'buffer') : data => external_node_crypto_namespaceObject.createHash('sha256').update(data).digest();
function recordHash(data) {
    // A leading NUL is one zero byte in UTF-8, so this is SHA-256(0x00 ‖ data).
    return sha256(typeof data === 'string' ? `\u0000${data}` : Buffer.concat([Buffer.alloc(1), data]));
}
// nodeHash is synchronous, so one scratch buffer serves every call.
const nodeInput = Buffer.alloc(1 + 2 * HASH_SIZE);
nodeInput[0] = 1;
function nodeHash(left, right) {
    nodeInput.set(left, 1);
    nodeInput.set(right, 1 + HASH_SIZE);
    return sha256(nodeInput);
}
const EMPTY_TREE_HASH = external_node_crypto_namespaceObject.createHash('sha256').digest();
/** `go.sum database tree\n<N>\n<base64 hash>\n` (tlog.FormatTree). */
function formatTree(tree) {
    return `go.sum database tree\n${tree.size}\n${tree.hash.toString('base64')}\n`;
}
/** Parses a tree-head note text; extra lines after the hash are allowed (tlog.ParseTree). */
function parseTree(text) {
    const lines = text.split('\n');
    if (lines[0] !== 'go.sum database tree' || lines.length < 4 || !text.endsWith('\n'))
        throw new TlogError('malformed tree note');
    if (!/^(0|[1-9][0-9]*)$/.test(lines[1]))
        throw new TlogError('malformed tree note: bad size');
    const size = Number(lines[1]);
    const hash = Buffer.from(lines[2], 'base64');
    if (!Number.isSafeInteger(size) || hash.length !== HASH_SIZE || hash.toString('base64') !== lines[2])
        throw new TlogError('malformed tree note: bad hash');
    return { size, hash };
}
/** `tile/8/<L|data>/<N as x001/x234/067>[.p/<W>]` (tlog.Tile.Path). */
function tilePath(t) {
    let n = t.index;
    let nStr = String(n % 1000).padStart(3, '0');
    while (n >= 1000) {
        n = Math.floor(n / 1000);
        nStr = `x${String(n % 1000).padStart(3, '0')}/${nStr}`;
    }
    const partial = t.width !== TILE_WIDTH ? `.p/${t.width}` : '';
    return `tile/${TILE_HEIGHT}/${t.level === -1 ? 'data' : t.level}/${nStr}${partial}`;
}
/** Inverse of tilePath; undefined when the path is not a well-formed tile path of height 8. */
function parseTilePath(p) {
    const m = /^tile\/(\d+)\/(data|\d+)\/((?:x\d{3}\/)*\d{3})(?:\.p\/(\d+))?$/.exec(p);
    if (!m || Number(m[1]) !== TILE_HEIGHT)
        return undefined;
    const index = m[3].split('/').reduce((acc, part) => acc * 1000 + Number(part.replace(/^x/, '')), 0);
    const width = m[4] === undefined ? TILE_WIDTH : Number(m[4]);
    if (width < 1 || width > TILE_WIDTH || (m[4] !== undefined && width === TILE_WIDTH))
        return undefined;
    const level = m[2] === 'data' ? -1 : Number(m[2]);
    const t = { level, index, width };
    return tilePath(t) === p ? t : undefined;
}
/** Width of tile (level, index) in a tree of `size` records (0 when it does not exist yet). */
function tileWidth(size, level, index) {
    const stored = Math.floor(size / TILE_WIDTH ** Math.max(level, 0));
    return Math.max(0, Math.min(TILE_WIDTH, stored - index * TILE_WIDTH));
}
function largestPowerOfTwoBelow(n) {
    let k = 1;
    while (k * 2 < n)
        k *= 2;
    return k;
}
function isPowerOfTwo(n) {
    return n >= 1 && 2 ** Math.round(Math.log2(n)) === n;
}
/** RFC 6962 MTH of the hashes at positions [lo, hi) of a buffer of concatenated hashes. */
function mthOfHashes(hashes, lo, hi) {
    if (hi - lo === 1)
        return hashes.subarray(lo * HASH_SIZE, (lo + 1) * HASH_SIZE);
    const mid = lo + largestPowerOfTwoBelow(hi - lo);
    return nodeHash(mthOfHashes(hashes, lo, mid), mthOfHashes(hashes, mid, hi));
}
// Stands in for hashes while tiles are still missing: such a pass only finds out which tiles to fetch.
const PLACEHOLDER = Buffer.alloc(HASH_SIZE);
/**
 * Proofs over one tree size from the hashes stored in tiles. Every check is
 * a synchronous computation over tiles already read: a pass that meets a
 * missing tile notes it and stops hashing, the missing tiles are fetched
 * together, and the pass runs again. Each subtree is hashed once per reader,
 * so proving many records costs about one hash per tree node they touch.
 */
class TileHashReader {
    size;
    fetch;
    opts;
    constructor(size, fetch, opts = {}) {
        this.size = size;
        this.fetch = fetch;
        this.opts = opts;
    }
    /** Tile data by tile level, then tile index. */
    tiles = [];
    failedTiles = new Map();
    /** Tiles the current pass needed and did not have (a pass is synchronous, so one set serves all). */
    missing = new Map();
    /** Subtree hashes by level, then index. */
    subtrees = [];
    ranges = new Map();
    /** While proofNodes runs: the subtree hashes read beside the paths, and tiles come only from `held`. */
    collected;
    /** While proofNodes runs: the leaf hashes of the records it collects for, by index. */
    recordLeaves;
    get planning() {
        return this.missing.size > 0;
    }
    combine(left, right) {
        return this.planning ? PLACEHOLDER : nodeHash(left, right);
    }
    /** Runs a pass until it needs no tile it does not have; tile failures surface as the pass's error. */
    async settle(pass) {
        for (;;) {
            this.missing.clear();
            const result = pass();
            if (this.missing.size === 0)
                return result;
            const need = [...this.missing.entries()];
            this.missing.clear();
            await Promise.all(need.map(([key, tile]) => this.load(key, tile)));
        }
    }
    async load(key, tile) {
        if (this.tiles[tile.level]?.has(tile.index) || this.failedTiles.has(key))
            return;
        try {
            const fetch = this.collected ? this.opts.held : this.fetch;
            if (!fetch)
                throw new TlogError(`${tilePath(tile)} is not held`);
            const data = await fetch(tile);
            if (data.length !== tile.width * HASH_SIZE)
                throw new TlogError(`${tilePath(tile)}: expected ${tile.width * HASH_SIZE} bytes, got ${data.length}`);
            (this.tiles[tile.level] ??= new Map()).set(tile.index, data);
        }
        catch (err) {
            // Remembered for this reader: the records whose proofs need the tile fail at once, the others go on.
            this.failedTiles.set(key, err);
        }
    }
    /** The hash stored at `index` of tile level `tileLevel` (a subtree of 2^(8·tileLevel) leaves). */
    storedHash(tileLevel, index) {
        const tileIndex = Math.floor(index / TILE_WIDTH);
        const offset = index - tileIndex * TILE_WIDTH;
        if (offset >= tileWidth(this.size, tileLevel, tileIndex))
            throw new TlogError(`subtree ${tileLevel * TILE_HEIGHT}/${index} is not complete in a tree of ${this.size}`);
        const data = this.tileData(tileLevel, tileIndex);
        return data ? data.subarray(offset * HASH_SIZE, (offset + 1) * HASH_SIZE) : PLACEHOLDER;
    }
    /** A tile's data; undefined (and noted as missing) when not read yet; a failed read throws its error. */
    tileData(tileLevel, tileIndex) {
        const data = this.tiles[tileLevel]?.get(tileIndex);
        if (data)
            return data;
        const key = `${tileLevel}/${tileIndex}`;
        if (this.failedTiles.has(key))
            throw this.failedTiles.get(key);
        this.missing.set(key, { level: tileLevel, index: tileIndex, width: tileWidth(this.size, tileLevel, tileIndex) });
        return undefined;
    }
    /** Hash of the complete subtree of 2^level leaves starting at leaf index·2^level. */
    subtree(level, index) {
        const memo = (this.subtrees[level] ??= new Map());
        const known = memo.get(index);
        if (known)
            return known;
        const kept = this.opts.kept?.(level, index) ?? (level === 0 ? this.recordLeaves?.get(index) : undefined);
        if (kept)
            return kept;
        const hash = level % TILE_HEIGHT === 0 && !(this.collected && level > 0 && this.failedTiles.has(`${level / TILE_HEIGHT}/${Math.floor(index / TILE_WIDTH)}`))
            ? this.storedHash(level / TILE_HEIGHT, index)
            : this.combine(this.subtree(level - 1, 2 * index), this.subtree(level - 1, 2 * index + 1));
        if (!this.planning)
            memo.set(index, hash);
        return hash;
    }
    /** A subtree hash a later proof will read (see proofNodes). */
    note(level, index, hash) {
        if (this.collected && !this.planning)
            this.collected.set(`${level}/${index}`, hash);
        return hash;
    }
    /** RFC 6962 MTH of leaves [lo, hi) from stored complete subtrees. */
    range(lo, hi) {
        const n = hi - lo;
        if (isPowerOfTwo(n) && lo % n === 0) {
            const level = Math.round(Math.log2(n));
            return this.note(level, lo / n, this.subtree(level, lo / n));
        }
        const key = `${lo}-${hi}`;
        // While collecting, every range is split again so that its pieces are noted.
        const known = this.collected ? undefined : this.ranges.get(key);
        if (known)
            return known;
        const k = largestPowerOfTwoBelow(n);
        const hash = this.combine(this.range(lo, lo + k), this.range(lo + k, hi));
        if (!this.planning)
            this.ranges.set(key, hash);
        return hash;
    }
    /**
     * MTH of [lo, hi) with leaves[a..b) (sorted, distinct indexes, all in [lo, hi))
     * taken from the records themselves, never from tiles.
     */
    rootWithLeaves(lo, hi, leaves, a, b) {
        if (a === b)
            return this.range(lo, hi);
        if (hi - lo === 1)
            return leaves[a].hash;
        // Inside one level-0 tile the whole range is hashed at once from the tile, unless there are
        // kept nodes (the walk down reads the records' audit paths from them) or nodes to collect.
        if (!this.opts.kept && !this.collected && Math.floor(lo / TILE_WIDTH) === Math.floor((hi - 1) / TILE_WIDTH))
            return this.leafRangeWithLeaves(lo, hi, leaves, a, b);
        const mid = lo + largestPowerOfTwoBelow(hi - lo);
        let m = a;
        while (m < b && leaves[m].index < mid)
            m++;
        return this.combine(this.rootWithLeaves(lo, mid, leaves, a, m), this.rootWithLeaves(mid, hi, leaves, m, b));
    }
    /**
     * MTH of [lo, hi), a range inside one level-0 tile, from the tile's leaf
     * hashes with leaves[a..b) written over their stored hashes: the records'
     * own hashes are what is proven, the rest of the tile is their audit path.
     * One pass over a copy of the tile hashes the range once for all its records.
     */
    leafRangeWithLeaves(lo, hi, leaves, a, b) {
        const hashes = Buffer.allocUnsafe((hi - lo) * HASH_SIZE);
        if (b - a < hi - lo) {
            // Some positions are not records being proven: they come from the tile.
            const tileIndex = Math.floor(lo / TILE_WIDTH);
            const data = this.tileData(0, tileIndex);
            if (!data)
                return PLACEHOLDER;
            const base = tileIndex * TILE_WIDTH;
            data.copy(hashes, 0, (lo - base) * HASH_SIZE, (hi - base) * HASH_SIZE);
        }
        if (this.planning)
            return PLACEHOLDER;
        for (let i = a; i < b; i++)
            leaves[i].hash.copy(hashes, (leaves[i].index - lo) * HASH_SIZE);
        return mthOfHashes(hashes, 0, hi - lo);
    }
    /** Hash of the complete subtree of 2^level leaves starting at leaf index·2^level, from tiles. */
    subtreeHash(level, index) {
        return this.settle(() => this.subtree(level, index));
    }
    /** RFC 6962 MTH of leaves [lo, hi) from stored complete subtrees. */
    rangeHash(lo, hi) {
        return this.settle(() => this.range(lo, hi));
    }
    /** The root hash of this tree size, from tiles. */
    treeHash() {
        if (this.size === 0)
            return Promise.resolve(Buffer.from(EMPTY_TREE_HASH));
        return this.rangeHash(0, this.size);
    }
    /**
     * Proves that record `index` with the given data is in this tree: its audit
     * path read from tiles must lead to the signed root hash.
     */
    async verifyInclusion(root, index, data) {
        if (!Number.isSafeInteger(index) || index < 0 || index >= this.size)
            throw new TlogError(`record ${index} is outside the tree of ${this.size}`);
        const leaf = [{ index, hash: recordHash(data) }];
        const computed = await this.settle(() => this.rootWithLeaves(0, this.size, leaf, 0, 1));
        if (!computed.equals(root))
            throw new TlogError(`inclusion proof for record ${index} does not lead to the signed tree hash`);
    }
    /**
     * Proves many records included at once: the root is rebuilt with every
     * record's own leaf hash in place of the stored one, so a match proves each
     * of them (the same argument as one audit path per record, sharing the
     * nodes the paths have in common). When the batch does not match, or a tile
     * cannot be read, each record is proven alone to say which ones fail.
     * Returns the error for each record (undefined when it is proven included).
     */
    async verifyInclusions(root, records) {
        const results = records.map(r => Number.isSafeInteger(r.index) && r.index >= 0 && r.index < this.size ? undefined : new TlogError(`record ${r.index} is outside the tree of ${this.size}`));
        const inRange = records.map((r, at) => ({ at, index: r.index, data: r.data })).filter(r => !results[r.at]);
        const leaves = inRange.map(r => ({ index: r.index, hash: recordHash(r.data) })).sort((x, y) => x.index - y.index);
        // Two different records claiming one index cannot both be right: only one-by-one proofs can say which.
        let batchable = true;
        const distinct = [];
        for (const leaf of leaves) {
            const last = distinct[distinct.length - 1];
            if (last && last.index === leaf.index)
                batchable &&= last.hash.equals(leaf.hash);
            else
                distinct.push(leaf);
        }
        if (batchable && distinct.length > 0) {
            try {
                const computed = await this.settle(() => this.rootWithLeaves(0, this.size, distinct, 0, distinct.length));
                if (computed.equals(root))
                    return results;
            }
            catch {
                // A tile could not be read: the one-by-one proofs below say which records it affects.
            }
        }
        await Promise.all(inRange.map(async (r) => {
            try {
                await this.verifyInclusion(root, r.index, r.data);
            }
            catch (err) {
                results[r.at] = err instanceof Error ? err : new Error(String(err));
            }
        }));
        return results;
    }
    /**
     * Proves that `older` is a prefix of this tree (whose signed root is `root`):
     * the older tree's hash is rebuilt from its complete subtrees, and this
     * tree's hash from those same subtrees plus hashes of later leaves only.
     */
    async verifyConsistency(older, root) {
        if (older.size > this.size)
            throw new TlogError(`tree of ${older.size} cannot be a prefix of a tree of ${this.size}`);
        if (older.size === this.size) {
            if (!older.hash.equals(root))
                throw new TlogError(`two different hashes for tree size ${this.size}`);
            return;
        }
        if (older.size === 0)
            return;
        const { oldRoot, newRoot } = await this.settle(() => this.consistencyRoots(older.size));
        if (!oldRoot.equals(older.hash))
            throw new TlogError(`the log's hashes for its first ${older.size} records do not match the earlier tree head`);
        if (!newRoot.equals(root))
            throw new TlogError(`tree of ${this.size} is not an extension of the earlier tree of ${older.size}`);
    }
    /** Both roots from the older tree's complete subtrees (the pieces) and later subtrees only. */
    consistencyRoots(olderSize) {
        // Keyed by the leaf each starts at.
        const pieces = new Map(TileHashReader.pieces(olderSize).map(([level, index]) => [index * 2 ** level, this.subtree(level, index)]));
        const starts = [...pieces.keys()];
        let oldRoot = pieces.get(starts[starts.length - 1]);
        for (let i = starts.length - 2; i >= 0; i--)
            oldRoot = this.combine(pieces.get(starts[i]), oldRoot);
        const mth = (a, b) => {
            if (b <= olderSize) {
                const piece = pieces.get(a);
                if (!piece)
                    throw new TlogError(`internal: no old subtree at ${a}`);
                return piece;
            }
            const n = b - a;
            const aligned = isPowerOfTwo(n) && a % n === 0;
            if (a >= olderSize && aligned)
                return this.subtree(Math.round(Math.log2(n)), a / n);
            const k = largestPowerOfTwoBelow(n);
            const hash = this.combine(mth(a, a + k), mth(a + k, b));
            // A complete subtree across the older size: kept, so proofNodes finds it without its tile.
            if (aligned && !this.planning)
                (this.subtrees[Math.round(Math.log2(n))] ??= new Map()).set(a / n, hash);
            return hash;
        };
        return { oldRoot, newRoot: mth(0, this.size) };
    }
    /** The complete subtrees a tree of `size` leaves splits into, left to right: [level, index]. */
    static pieces(size) {
        const out = [];
        let lo = 0;
        for (let bit = 2 ** Math.floor(Math.log2(size)); bit >= 1 && lo < size; bit /= 2) {
            if (Math.floor(size / bit) % 2 === 1) {
                out.push([Math.round(Math.log2(bit)), lo / bit]);
                lo += bit;
            }
        }
        return out;
    }
    /**
     * The subtree hashes a later run needs to prove `records` included in this tree, and this
     * tree a prefix of a later one, without any tile: for each record the complete subtrees
     * beside its path (its audit path, the right edge as the complete subtrees it is made of,
     * about 26 nodes for sum.golang.org, many shared between records),
     * and the complete subtrees this tree's size splits into. Computed from what this reader and
     * the `held` tiles have (nothing is fetched); a record whose path needs a tile not held is
     * left out, and a later run fetches that tile. Keys are `level/index` (see KeptNodes).
     */
    async proofNodes(records) {
        const nodes = new Map();
        if (this.size === 0)
            return nodes;
        const leaves = new Map();
        for (const r of records)
            if (Number.isSafeInteger(r.index) && r.index >= 0 && r.index < this.size)
                leaves.set(r.index, recordHash(r.data));
        this.collected = nodes;
        this.recordLeaves = leaves;
        // A pass that meets a tile not held fails, and the next computes that stored hash from the level
        // below instead (an audit that proved records in a batch never read the roots of their tiles,
        // nor a level-0 tile made only of records); it gives up when a pass fails on nothing new.
        const collect = async (pass) => {
            for (let known = -1; known !== this.failedTiles.size;) {
                known = this.failedTiles.size;
                try {
                    await this.settle(pass);
                    return;
                }
                catch {
                    // failedTiles says which tile.
                }
            }
        };
        try {
            await collect(() => {
                for (const [level, index] of TileHashReader.pieces(this.size))
                    this.note(level, index, this.subtree(level, index));
            });
            // Each record's whole audit path, nodes over other records included: a proof of one record
            // alone (what verifyInclusions falls back to when a batch does not match) needs no tile either.
            for (const [index, hash] of leaves)
                await collect(() => this.rootWithLeaves(0, this.size, [{ index, hash }], 0, 1));
        }
        finally {
            this.collected = undefined;
            this.recordLeaves = undefined;
        }
        return nodes;
    }
}
/** Hashes level-0 tiles for a server: stored hashes of complete subtrees at levels 0, 8, 16... */
function buildStoredLevels(leafHashes) {
    const levels = [leafHashes.slice()];
    for (;;) {
        const below = levels[levels.length - 1];
        if (below.length < TILE_WIDTH)
            break;
        const next = [];
        for (let i = 0; i + TILE_WIDTH <= below.length; i += TILE_WIDTH) {
            let hs = below.slice(i, i + TILE_WIDTH);
            while (hs.length > 1) {
                const up = [];
                for (let j = 0; j < hs.length; j += 2)
                    up.push(nodeHash(hs[j], hs[j + 1]));
                hs = up;
            }
            next.push(hs[0]);
        }
        levels.push(next);
    }
    return levels;
}
/** RFC 6962 MTH over leaf hashes (for servers and tests; clients use TileHashReader). */
function merkleRoot(leafHashes) {
    if (leafHashes.length === 0)
        return Buffer.from(EMPTY_TREE_HASH);
    if (leafHashes.length === 1)
        return leafHashes[0];
    const k = largestPowerOfTwoBelow(leafHashes.length);
    return nodeHash(merkleRoot(leafHashes.slice(0, k)), merkleRoot(leafHashes.slice(k)));
}

;// CONCATENATED MODULE: ./packages/sumdb/src/client.ts






/** The server answered something that is not the protocol (bad note, malformed record, truncated tile). */
class ProtocolError extends Error {
}
/** A signature that does not verify: a security problem, never retried away. */
class SignatureError extends Error {
}
/** Opens a signed tree note with the database key. */
function openTreeNote(note, verifier) {
    let text;
    try {
        text = openNote(note, [verifier]).text;
    }
    catch (err) {
        throw new SignatureError(`tree head not signed by ${verifier.name}+${verifier.hash.toString(16).padStart(8, '0')}: ${err.message}`);
    }
    try {
        return { tree: parseTree(text), note };
    }
    catch (err) {
        throw new ProtocolError(err.message);
    }
}
/** Parses a /lookup answer: `<id>\n<record text>\n<signed tree note>` (tlog.ParseRecord). */
function parseLookupAnswer(body, verifier, verified) {
    const nl = body.indexOf('\n');
    const idText = nl < 0 ? '' : body.slice(0, nl);
    if (!/^(0|[1-9][0-9]*)$/.test(idText))
        throw new ProtocolError('malformed lookup answer: no record id');
    const rest = body.slice(nl + 1);
    const blank = rest.indexOf('\n\n');
    if (blank < 0)
        throw new ProtocolError('malformed lookup answer: no blank line after the record');
    const data = rest.slice(0, blank + 1);
    const note = rest.slice(blank + 2);
    let signed = verified?.get(note);
    if (!signed) {
        signed = openTreeNote(note, verifier);
        verified?.set(note, signed);
    }
    const id = Number(idText);
    if (id >= signed.tree.size)
        throw new ProtocolError(`lookup answer: record ${id} is outside the signed tree of ${signed.tree.size}`);
    return { ...signed, id, data };
}
/** The go.sum lines of a record for module@version: `M V h1:` and `M V/go.mod h1:`. */
function recordLines(data, module, version) {
    const zip = `${module} ${version} `;
    const goMod = `${module} ${version}/go.mod `;
    return data.split('\n').filter(l => l.startsWith(zip) || l.startsWith(goMod));
}
/**
 * Tiles by (level, index), the widest seen kept: a hash never changes once
 * stored, so a wider tile serves every narrower request. Between runs only
 * subtree hashes are kept (see KeptNodes and NODE_FILE), not tiles.
 */
class TileStore {
    download;
    tiles = new Map();
    inflight = new Map();
    /** Subtree hashes read back from an earlier run, by `level/index`. */
    kept = new Map();
    fetched = 0;
    keptRead = 0;
    constructor(download) {
        this.download = download;
    }
    static key(t) {
        return `${t.level}/${t.index}`;
    }
    /** The tile from memory when held, else downloaded (once, however many readers ask). */
    fetch = async (tile) => {
        const have = this.held(tile);
        if (have)
            return have;
        const key = TileStore.key(tile);
        const flightKey = `${key}/${tile.width}`;
        let p = this.inflight.get(flightKey);
        if (!p) {
            p = this.download(tile).then(data => {
                this.fetched++;
                if (data.length !== tile.width * HASH_SIZE)
                    throw new ProtocolError(`${tilePath(tile)} is truncated: expected ${tile.width * HASH_SIZE} bytes, got ${data.length}`);
                const cur = this.tiles.get(key);
                if (!cur || cur.length < data.length)
                    this.tiles.set(key, data);
                return data;
            });
            this.inflight.set(flightKey, p);
            p.catch(() => undefined).finally(() => this.inflight.delete(flightKey));
        }
        return p;
    };
    /** A tile already in memory (for TileHashReader.proofNodes, which never fetches). */
    heldTile = async (tile) => {
        const have = this.held(tile);
        if (!have)
            throw new TlogError(`${tilePath(tile)} is not held`);
        return have;
    };
    held(tile) {
        const have = this.tiles.get(TileStore.key(tile));
        return have && have.length >= tile.width * HASH_SIZE ? have.subarray(0, tile.width * HASH_SIZE) : undefined;
    }
    /** A proof reader over this store for a tree of `size`: tiles from here, kept subtree hashes first. */
    reader(size) {
        return new TileHashReader(size, this.fetch, { kept: this.keptNodes, held: this.heldTile });
    }
    /** The kept subtree hashes, for readers; undefined when none were read back. */
    get keptNodes() {
        if (this.kept.size === 0)
            return undefined;
        const kept = this.kept;
        return (level, index) => {
            const hash = kept.get(`${level}/${index}`);
            if (hash)
                this.keptRead++;
            return hash;
        };
    }
    /** Forgets the kept subtree hashes (after a proof failed with them, to retry with fresh tiles). */
    dropKept() {
        const had = this.kept.size > 0;
        this.kept = new Map();
        return had;
    }
    /**
     * Reads the subtree hashes kept in dir/nodes.bin (see NODE_FILE). A file that is
     * not that format is ignored whole: the tiles are fetched again. Hashes read here
     * are only ever used to prove records against a signed tree head, and a proof
     * that fails with them is retried with fresh tiles.
     */
    async load(dir) {
        let data;
        try {
            // Only a plain file: the state directory may be in the checkout, and a link there is not followed.
            const file = external_node_path_namespaceObject.join(dir, NODE_FILE);
            if (!(0,external_node_fs_namespaceObject.lstatSync)(file).isFile())
                return 0;
            data = (0,external_node_fs_namespaceObject.readFileSync)(file);
        }
        catch {
            return 0;
        }
        this.kept = decodeNodes(data);
        return this.kept.size;
    }
    /**
     * Writes `nodes` (TileHashReader.proofNodes of the state being kept) to dir/nodes.bin, and removes
     * the tiles.bin and tile/ tree that earlier versions kept.
     */
    async save(dir, nodes) {
        await external_node_fs_namespaceObject.promises.rm(external_node_path_namespaceObject.join(dir, 'tile'), { recursive: true, force: true });
        await external_node_fs_namespaceObject.promises.rm(external_node_path_namespaceObject.join(dir, 'tiles.bin'), { recursive: true, force: true }); // a link is removed, not followed
        await writeFileBelow(dir, external_node_path_namespaceObject.join(dir, NODE_FILE), encodeNodes(nodes)); // the state directory may be in the checkout: never through a link
        return nodes.size;
    }
}
/**
 * The kept subtree hashes, in one file: the header line, then per node its level (1 byte), index
 * (6 bytes, big-endian) and hash (32 bytes). Earlier versions kept whole hash tiles (tiles.bin,
 * before that a file per tile): ~200 tiles and 1.6 MB with their inner hashes for the ~50 records
 * of a warm mod-review run, where the nodes their proofs read (~26 each, many shared) are under 40 KB.
 * Restoring, reading and saving 1.6 MB cost a warm run 60-80 ms of CPU; a tiles.bin is not read
 * (its tiles are fetched once more).
 */
const NODE_FILE = 'nodes.bin';
const NODE_FILE_HEADER = Buffer.from('go-ci-gates sumdb nodes 1\n');
const NODE_ENTRY = 7 + HASH_SIZE;
/** A subtree of 2^53 leaves would hold more records than a tree size can count. */
const MAX_NODE_LEVEL = 53;
function encodeNodes(nodes) {
    const out = Buffer.alloc(NODE_FILE_HEADER.length + nodes.size * NODE_ENTRY);
    NODE_FILE_HEADER.copy(out);
    let at = NODE_FILE_HEADER.length;
    for (const [key, hash] of nodes) {
        const [level, index] = key.split('/').map(Number);
        out.writeUInt8(level, at);
        out.writeUIntBE(index, at + 1, 6);
        hash.copy(out, at + 7);
        at += NODE_ENTRY;
    }
    return out;
}
/** The nodes of a nodes.bin; none when any part of it is not the format (it is input: it came from a cache anyone's workflow can write). */
function decodeNodes(data) {
    const nodes = new Map();
    if (data.length < NODE_FILE_HEADER.length || !data.subarray(0, NODE_FILE_HEADER.length).equals(NODE_FILE_HEADER))
        return nodes;
    if ((data.length - NODE_FILE_HEADER.length) % NODE_ENTRY !== 0)
        return nodes;
    for (let at = NODE_FILE_HEADER.length; at < data.length; at += NODE_ENTRY) {
        const level = data.readUInt8(at);
        const index = data.readUIntBE(at + 1, 6);
        if (level > MAX_NODE_LEVEL || (index + 1) * 2 ** level > 2 ** 53)
            return new Map();
        const key = `${level}/${index}`;
        if (nodes.has(key))
            return new Map();
        nodes.set(key, data.subarray(at + 7, at + NODE_ENTRY));
    }
    return nodes;
}
/**
 * Largest answers the protocol allows. A hash tile holds at most 2^8 hashes of 32 bytes. A signed
 * tree note is three short lines and at most 100 signatures (note.Open refuses more), each a name
 * and 92 base64 characters; a lookup answer adds a record id and a record of two go.sum lines.
 * sum.golang.org's answers are under 1 KiB; 64 KiB leaves room for long module paths and many keys
 * while an endless or huge answer fails at once instead of filling memory.
 */
const MAX_TILE_BYTES = 2 ** TILE_HEIGHT * HASH_SIZE;
const MAX_NOTE_BYTES = 64 * 1024;
const MAX_LOOKUP_BYTES = 64 * 1024;
/** The checksum database protocol over a base URL: /latest, /lookup/M@V, /tile/... */
class SumdbClient {
    baseUrl;
    verifier;
    http;
    tiles;
    constructor(baseUrl, verifier, http) {
        this.baseUrl = baseUrl;
        this.verifier = verifier;
        this.http = http;
        this.tiles = new TileStore(tile => this.http.get(`${this.baseUrl}/${tilePath(tile)}`, MAX_TILE_BYTES));
    }
    // Every lookup carries the same tree note while the log does not grow: verify each text once.
    notes = new Map();
    async latest() {
        const body = await this.http.get(`${this.baseUrl}/latest`, MAX_NOTE_BYTES);
        return openTreeNote(body.toString('utf8'), this.verifier);
    }
    async lookup(module, version) {
        const url = `${this.baseUrl}/lookup/${escapeModulePath(module)}@${escapeModuleVersion(version)}`;
        return parseLookupAnswer((await this.http.get(url, MAX_LOOKUP_BYTES)).toString('utf8'), this.verifier, this.notes);
    }
}


;// CONCATENATED MODULE: ./packages/sumdb/src/http.ts





/** A failed request: `status` is set for HTTP answers, absent for network errors and timeouts. */
class FetchError extends Error {
    url;
    status;
    attempts;
    constructor(message, url, status, attempts = 1) {
        super(message);
        this.url = url;
        this.status = status;
        this.attempts = attempts;
    }
    get notFound() {
        return this.status === 404 || this.status === 410;
    }
}
/** The most of a status probe's body that is read (a /supported answer is empty). */
const PROBE_BODY_BYTES = 4096;
/** Bounded-concurrency GET with retries and backoff; counts what it sent. */
class BoundedFetcher {
    opts;
    requests = 0;
    retries = 0;
    active = 0;
    closed = false;
    waiting = [];
    concurrency;
    attempts;
    backoffMs;
    timeoutMs;
    // Keep-alive agents: a run makes hundreds of small requests to one host.
    agents;
    /** What every exchange of this fetcher shares: its agents, its user agent, its deadline. */
    get exchange() {
        return {
            headers: { 'user-agent': 'go-ci-gates-sum-audit' },
            timeoutMs: this.timeoutMs,
            agent: protocol => (protocol === 'https:' ? this.agents.https : this.agents.http)
        };
    }
    constructor(opts = {}) {
        this.opts = opts;
        this.concurrency = Math.max(1, opts.concurrency ?? 16);
        this.agents = {
            http: new external_node_http_namespaceObject.Agent({ keepAlive: true, maxSockets: this.concurrency }),
            https: new external_node_https_namespaceObject.Agent({ keepAlive: true, maxSockets: this.concurrency })
        };
        this.attempts = Math.max(1, opts.attempts ?? 4);
        this.backoffMs = opts.backoffMs ?? 250;
        this.timeoutMs = opts.timeoutMs ?? 20_000;
    }
    async slot(fn) {
        if (this.active >= this.concurrency)
            await new Promise(r => this.waiting.push(r));
        if (this.closed)
            throw new Error('the session was closed'); // abort() woke every waiter for this
        this.active++;
        try {
            return await fn();
        }
        finally {
            this.active--;
            this.waiting.shift()?.();
        }
    }
    /**
     * GET url → body; 404/410 and other 4xx fail at once, the rest are retried. A body longer
     * than maxBytes fails at once (a server that sends too much will do it again), naming the URL.
     */
    async get(url, maxBytes = this.opts.maxBytes ?? 1 << 20) {
        if (url.startsWith('file:'))
            return this.readFile(url, maxBytes);
        let last;
        for (let attempt = 1; attempt <= this.attempts; attempt++) {
            if (this.closed)
                throw new FetchError(`GET ${url}: the session was closed`, url);
            if (attempt > 1) {
                this.retries++;
                this.opts.onRetry?.(url, attempt, last.message);
                const delay = this.backoffMs * 2 ** (attempt - 2);
                await new Promise(r => setTimeout(r, delay / 2 + Math.random() * (delay / 2)));
                // Closed during the back-off: the retry is not sent.
                if (this.closed)
                    throw new FetchError(`GET ${url}: the session was closed`, url);
            }
            try {
                return await this.slot(() => this.once(url, maxBytes));
            }
            catch (err) {
                if (err instanceof TooLargeError)
                    throw err;
                last = err instanceof FetchError ? err : new FetchError(err.message, url);
                const retryable = !this.closed && (last.status === undefined || last.status >= 500 || last.status === 429);
                if (!retryable)
                    throw last;
            }
        }
        throw new FetchError(`${last.message} (after ${this.attempts} attempts)`, url, last.status, this.attempts);
    }
    /**
     * One GET whose answer is only its status (the checksum-database route probe): on the same
     * keep-alive connections as the requests that follow it, so they skip a TLS handshake. Not
     * retried and not counted in `requests`: the route reports its probes itself.
     */
    async status(url) {
        if (this.closed)
            throw new FetchError(`GET ${url}: the session was closed`, url);
        try {
            // Only the status matters: a short body is read (and dropped) so the connection goes back to the
            // pool; a long or endless one is cut off, and costs that connection only.
            const answer = await httpExchange('GET', url, { ...this.exchange, limit: () => ({ bytes: PROBE_BODY_BYTES, over: 'cut' }) });
            return { status: answer.status };
        }
        catch (err) {
            throw new FetchError(`GET ${url}: ${err instanceof HttpExchangeError ? err.reason : err.message}`, url);
        }
    }
    /** Closes idle keep-alive sockets (so a finished run does not hold the process open). */
    close() {
        this.agents.http.destroy();
        this.agents.https.destroy();
    }
    /**
     * Ends the fetcher for good: requests in flight are cut off (their sockets destroyed) and fail
     * at once without a retry, and nothing more is asked. For a session opened ahead that turns out
     * to have nothing to look up.
     */
    abort() {
        this.closed = true;
        for (const wake of this.waiting.splice(0))
            wake();
        this.close();
    }
    /**
     * One attempt (core's exchange). The deadline covers the whole exchange: a server that sends a byte
     * now and then must not hold a request open for longer than timeoutMs. Error pages are read for
     * their first line only.
     */
    async once(url, maxBytes) {
        this.requests++;
        let answer;
        try {
            answer = await httpExchange('GET', url, {
                ...this.exchange,
                limit: status => (status === 200 ? { bytes: maxBytes, over: 'fail' } : { bytes: 4096, over: 'cut' })
            });
        }
        catch (err) {
            if (err instanceof HttpExchangeError && err.tooLarge)
                throw new TooLargeError(url, err.tooLarge.limit, err.tooLarge.what);
            throw new FetchError(`GET ${url}: ${err instanceof HttpExchangeError ? err.reason : err.message}`, url);
        }
        if (answer.status !== 200) {
            const text = answer.toString('utf8').trim().split('\n')[0].slice(0, 200);
            throw new FetchError(`GET ${url}: HTTP ${answer.status}${text ? `: ${text}` : ''}`, url, answer.status);
        }
        return answer;
    }
    async readFile(url, maxBytes) {
        this.requests++;
        let file;
        try {
            file = await external_node_fs_namespaceObject.promises.open((0,external_node_url_namespaceObject.fileURLToPath)(url), 'r');
            // Read one byte past the limit: a longer file is refused without reading it all.
            const buf = Buffer.alloc(maxBytes + 1);
            let n = 0;
            for (let r; n < buf.length && (r = await file.read(buf, n, buf.length - n, n)).bytesRead > 0;)
                n += r.bytesRead;
            if (n > maxBytes)
                throw new TooLargeError(url, maxBytes, `more than ${maxBytes} bytes`);
            return buf.subarray(0, n);
        }
        catch (err) {
            if (err instanceof TooLargeError)
                throw err;
            const code = err.code;
            throw new FetchError(`read ${url}: ${code ?? err.message}`, url, code === 'ENOENT' ? 404 : undefined);
        }
        finally {
            await file?.close();
        }
    }
}
/** An answer longer than the protocol allows: never retried, and the URL is named. */
class TooLargeError extends FetchError {
    constructor(url, limit, what) {
        super(`GET ${url}: answer too large (${what}; the limit for this request is ${limit} bytes)`, url);
    }
}

;// CONCATENATED MODULE: ./packages/sumdb/src/audit.ts






const versionKey = (module, version) => `${module}@${version}`;
function treeOf(state) {
    return { size: state.size, hash: Buffer.from(state.hash, 'base64') };
}
function failureOutcome(err) {
    const reason = err.message;
    if (err instanceof FetchError)
        return err.notFound ? { state: 'not-found', reason } : { state: 'unreachable', reason };
    if (err instanceof SignatureError || err instanceof TlogError)
        return { state: 'rejected', reason };
    if (err instanceof ProtocolError)
        return { state: 'unreachable', reason };
    throw err;
}
/**
 * Looks up each module version once (or takes it from the earlier run's
 * state), verifies every tree head's signature, proves all tree heads seen
 * (and the earlier run's) consistent with the newest one, and proves each new
 * record included in it. A proof that fails with tiles from disk is retried
 * once with fresh tiles, so a stale local tile never reads as a fork.
 */
async function auditModuleVersions(client, versions, opts = {}) {
    const outcomes = new Map();
    let previous = opts.previous && opts.previous.key === client.verifier.text ? opts.previous : undefined;
    let stateProblem;
    if (previous) {
        // The saved state is input like any other: its note must carry the database's signature.
        try {
            const signed = openTreeNote(previous.note, client.verifier).tree;
            if (signed.size !== previous.size || signed.hash.toString('base64') !== previous.hash)
                throw new Error('its tree does not match its signed note');
        }
        catch (err) {
            stateProblem = `the saved tree state was ignored: ${err.message}`;
            previous = undefined;
        }
    }
    const previousTree = previous ? treeOf(previous) : undefined;
    const answers = new Map();
    const todo = [];
    const queued = new Set();
    for (const v of versions) {
        const key = versionKey(v.module, v.version);
        if (outcomes.has(key) || queued.has(key))
            continue;
        queued.add(key);
        const saved = previous?.records[key];
        if (saved)
            outcomes.set(key, { state: 'verified', id: saved.id, lines: recordLines(saved.data, v.module, v.version), fromState: true });
        else
            todo.push({ ...v, key });
    }
    // Every version kept from the earlier run: no lookup will bring a tree head, so the latest is asked
    // for now, before the proofs below take the CPU, and its round trip overlaps them.
    const latestEarly = previous && todo.length === 0 ? (opts.latest?.then(t => t ?? client.latest()) ?? client.latest()) : undefined;
    latestEarly?.catch(() => undefined); // awaited below
    // Between runs the log grows, and proving the kept tree head a prefix of the latest one needs the
    // tiles of the log's new right edge: they are fetched as soon as the latest tree head is known,
    // beside the proofs and lookups below, rather than one round trip after them. This pass only
    // fetches; the proof that counts is made below, from the same tiles (the store keeps them).
    if (previousTree)
        (latestEarly ?? opts.latest)
            ?.then(head => {
            if (head && head.tree.size > previousTree.size)
                return client.tiles.reader(head.tree.size).verifyConsistency(previousTree, head.tree.hash);
        })
            .catch(() => undefined);
    // Records kept from the earlier run, as taken from it. They are proven again against its tree
    // (the saved records are input too: only the tree head carries a signature), from the kept nodes,
    // while the lookups or the fetch of the latest tree head are in flight.
    const kept = [...outcomes].filter(([, o]) => o.state === 'verified' && o.fromState);
    const proveKept = () => previous && previousTree && kept.length > 0
        ? client.tiles.reader(previousTree.size).verifyInclusions(previousTree.hash, kept.map(([key]) => ({ index: previous.records[key].id, data: previous.records[key].data })))
        : Promise.resolve([]);
    const keptProven = proveKept();
    keptProven.catch(() => undefined); // Awaited below; this only keeps an early failure from counting as unhandled.
    let done = 0;
    await Promise.all(todo.map(async (t) => {
        try {
            const answer = await client.lookup(t.module, t.version);
            const lines = recordLines(answer.data, t.module, t.version);
            if (lines.length === 0) {
                outcomes.set(t.key, { state: 'rejected', reason: `the database answered for ${t.key} with a record about something else` });
            }
            else
                answers.set(t.key, { ...answer, lines });
        }
        catch (err) {
            outcomes.set(t.key, failureOutcome(err));
        }
        opts.onProgress?.(++done, todo.length);
    }));
    // Every signed tree head seen this run, plus the earlier run's.
    const heads = [];
    for (const a of answers.values())
        if (!heads.some(h => h.tree.size === a.tree.size && h.tree.hash.equals(a.tree.hash)))
            heads.push(a);
    let consistencyUnchecked;
    if (previous && heads.length === 0) {
        try {
            heads.push(await (latestEarly ?? client.latest()));
        }
        catch (err) {
            consistencyUnchecked = `could not fetch the latest tree head: ${err.message}`;
        }
    }
    let keptResults = await keptProven;
    const all = heads.map(h => ({ ...h, label: `the tree head served this run (size ${h.tree.size})` }));
    if (previous && previousTree)
        all.push({ tree: previousTree, note: previous.note, label: `the tree head verified in an earlier run (size ${previous.size})` });
    if (all.length === 0)
        return { outcomes, previous: previousTree, consistencyUnchecked, stateProblem };
    // After a fork neither view of the log can be trusted: nothing counts as verified.
    const rejectAll = (reason) => {
        for (const key of [...answers.keys(), ...outcomes.keys()]) {
            const o = outcomes.get(key);
            if (!o || o.state === 'verified')
                outcomes.set(key, { state: 'rejected', reason });
        }
    };
    for (let i = 0; i < all.length; i++) {
        for (let j = i + 1; j < all.length; j++) {
            if (all[i].tree.size === all[j].tree.size && !all[i].tree.hash.equals(all[j].tree.hash)) {
                const fork = `${all[i].label} and ${all[j].label} have the same size and different hashes (${all[i].tree.hash.toString('base64')} vs ${all[j].tree.hash.toString('base64')})`;
                rejectAll(`the checksum database log is forked: ${fork}`);
                return { outcomes, previous: previousTree, fork, stateProblem };
            }
        }
    }
    const newest = all.reduce((a, b) => (b.tree.size > a.tree.size ? b : a));
    let newestReader;
    const prove = async () => {
        // The first attempt uses the proofs made above; a retry with fresh tiles proves the kept records again.
        const keptErrors = keptResults ?? (await proveKept());
        keptResults = undefined;
        keptErrors.forEach((err, i) => outcomes.set(kept[i][0], err ? failureOutcome(err) : kept[i][1]));
        const reader = client.tiles.reader(newest.tree.size);
        newestReader = reader;
        for (const other of all) {
            if (other === newest)
                continue;
            try {
                await reader.verifyConsistency(other.tree, newest.tree.hash);
            }
            catch (err) {
                if (err instanceof TlogError)
                    throw new ForkError(`${other.label} is not a prefix of ${newest.label}: ${err.message}`);
                if (other.tree === previousTree) {
                    consistencyUnchecked = err.message;
                    continue;
                }
                throw err;
            }
        }
        const fresh = [...answers];
        const results = await reader.verifyInclusions(newest.tree.hash, fresh.map(([, answer]) => ({ index: answer.id, data: answer.data })));
        results.forEach((err, i) => {
            const [key, answer] = fresh[i];
            outcomes.set(key, err ? failureOutcome(err) : { state: 'verified', id: answer.id, lines: answer.lines, fromState: false });
        });
    };
    try {
        await prove();
        const rejected = [...outcomes.values()].some(o => o.state === 'rejected');
        if (rejected && client.tiles.dropKept())
            await prove();
    }
    catch (err) {
        if (client.tiles.dropKept()) {
            try {
                await prove();
            }
            catch (err2) {
                return handleProofFailure(err2);
            }
        }
        else
            return handleProofFailure(err);
    }
    function handleProofFailure(err) {
        if (err instanceof ForkError) {
            rejectAll(`the checksum database log is forked: ${err.message}`);
            return { outcomes, previous: previousTree, fork: err.message, stateProblem };
        }
        const outcome = failureOutcome(err);
        for (const key of answers.keys())
            outcomes.set(key, outcome);
        return { outcomes, previous: previousTree, consistencyUnchecked, stateProblem };
    }
    const clean = [...outcomes.values()].every(o => o.state !== 'rejected') && !consistencyUnchecked;
    let nextState;
    if (clean) {
        const records = { ...(previous?.records ?? {}) };
        for (const [key, a] of answers)
            if (outcomes.get(key)?.state === 'verified')
                records[key] = { id: a.id, data: a.data };
        nextState = { version: 1, key: client.verifier.text, size: newest.tree.size, hash: newest.tree.hash.toString('base64'), note: newest.note, records };
    }
    // What the next run reads to prove every kept record and this head against a later one: from the
    // reader that just proved them (its subtrees are computed already), no tile fetched.
    const toKeep = nextState && newestReader ? { state: nextState, reader: newestReader } : undefined;
    const nextNodes = toKeep && (() => toKeep.reader.proofNodes(Object.values(toKeep.state.records).map(r => ({ index: r.id, data: r.data }))));
    return { outcomes, tree: { tree: newest.tree, note: newest.note }, previous: previousTree, consistencyUnchecked, stateProblem, nextState, nextNodes };
}
class ForkError extends Error {
}
const STATE_FILE = 'state.json';
/** The state directory for one database: `<dir>/<name>/` holding state.json and tile/. */
function sumdbStateDir(root, name) {
    return external_node_path_namespaceObject.join(root, name.replace(/[^A-Za-z0-9.-]/g, '_'));
}
/** Reads the saved state; undefined when there is none or it is unreadable (with the reason). */
async function readSavedTreeState(dir) {
    let text;
    try {
        text = await external_node_fs_namespaceObject.promises.readFile(external_node_path_namespaceObject.join(dir, STATE_FILE), 'utf8');
    }
    catch {
        return {};
    }
    try {
        const s = JSON.parse(text);
        if (s.version !== 1 || typeof s.size !== 'number' || typeof s.hash !== 'string' || typeof s.note !== 'string' || typeof s.records !== 'object') {
            return { problem: 'saved tree state has an unknown shape' };
        }
        return { state: s };
    }
    catch (err) {
        return { problem: `saved tree state is not JSON: ${err.message}` };
    }
}
async function writeSavedTreeState(dir, state) {
    await writeFileBelow(dir, external_node_path_namespaceObject.join(dir, STATE_FILE), JSON.stringify(state)); // never through a link planted in a state-dir
}

;// CONCATENATED MODULE: ./packages/sumdb/src/session.ts







/** Whether the go command consults the checksum database for this module path (modfetch.useSumDB). */
function usesSumdb(modulePath, gosumdbOff, noSumdb) {
    if (gosumdbOff)
        return false;
    if (modulePath === 'golang.org/toolchain')
        return true;
    return !matchPrefixPatterns(noSumdb, modulePath);
}
/** The Actions-cache key prefix of a database's state: one per database name and key. */
function sumdbStateKeyBase(config) {
    return `sum-audit-${config.name}-${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(config.verifier.text).digest('hex').slice(0, 12)}-`;
}
/** Looks up `versions` in the checksum database with the state kept between runs. */
async function auditWithSavedState(versions, opts) {
    return openSumdbSession(opts).audit(versions);
}
/**
 * Starts what a session needs before it knows which versions to look up (routing, as go does, and
 * with prefetchLatest the latest tree head: two round trips to the database) so a caller that is
 * still working out the versions (mod-review, reading the base commit) does not wait on them after.
 * The kept state is restored by `audit`, so a session closed unused leaves no files behind.
 */
function openSumdbSession(opts) {
    const { config, log } = opts;
    const http = new BoundedFetcher({
        concurrency: opts.concurrency,
        attempts: opts.attempts,
        timeoutMs: opts.requestTimeoutMs,
        onRetry: (url, attempt, reason) => log.info(`Retrying (attempt ${attempt}) ${url}: ${reason}`)
    });
    // The probe goes over the same keep-alive connections as the lookups and tiles after it.
    const routed = routeSumdb(config, opts.goproxy, u => http.status(u)).then(route => ({ route }), (err) => ({ error: err.message }));
    const latest = opts.prefetchLatest
        ? routed.then(r => ('route' in r ? new SumdbClient(r.route.baseUrl, config.verifier, http).latest() : undefined))
        : undefined;
    latest?.catch(() => undefined); // used, or not, by the audit
    const store = opts.stateDir ? undefined : opts.store;
    const stateRoot = opts.stateDir ?? external_node_path_namespaceObject.join(opts.tempDir, 'sumdb-state');
    const keyBase = sumdbStateKeyBase(config);
    return {
        audit: versions => {
            const restoring = store ? store.restore(`${keyBase}${opts.env.GITHUB_RUN_ID ?? 'local'}`, [keyBase], stateRoot) : Promise.resolve(undefined);
            restoring.catch(() => undefined); // awaited by the audit, which reports a failure
            return auditOpened(versions, opts, { http, routed, latest, restoring, store, stateRoot, keyBase });
        },
        close: () => http.abort()
    };
}
async function auditOpened(versions, opts, opened) {
    const result = { requests: 0, retries: 0, tilesFetched: 0, state: { store: 'none', restored: false, saved: false } };
    const { config, log, env } = opts;
    const { store, stateRoot, keyBase, http } = opened;
    const routed = await opened.routed;
    if ('error' in routed) {
        http.close();
        result.routeError = routed.error;
        return result;
    }
    const route = routed.route;
    result.route = route;
    log.info(`Checksum database ${config.name} at ${route.baseUrl} (${route.via === 'proxy' ? 'through GOPROXY' : route.via === 'direct' ? 'direct' : 'URL from GOSUMDB'}).`);
    const client = new SumdbClient(route.baseUrl, config.verifier, http);
    // State from the last run: a directory the user names, or the Actions cache (restored since the session opened).
    const dbDir = sumdbStateDir(stateRoot, config.name);
    result.state.store = opts.stateDir ? (opts.stateDirLabel ?? `directory ${opts.stateDir}`) : store ? store.description : 'none';
    if (store)
        result.state.restored = (await opened.restoring) !== undefined;
    const saved = await readSavedTreeState(dbDir);
    if (saved.state)
        result.state.restored = true;
    if (saved.problem)
        result.state.problem = saved.problem;
    await client.tiles.load(dbDir);
    const unique = new Map();
    for (const v of versions)
        unique.set(versionKey(v.module, v.version), v);
    const total = unique.size;
    const step = Math.max(100, Math.ceil(total / 10));
    const started = Date.now();
    let audit;
    try {
        audit = await auditModuleVersions(client, [...unique.values()], {
            previous: saved.state,
            latest: opened.latest,
            onProgress: (done, n) => {
                if (n >= 200 && (done % step === 0 || done === n))
                    log.info(`Checksum database lookups: ${done}/${n} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
            }
        });
    }
    finally {
        http.close();
    }
    result.audit = audit;
    result.requests = http.requests;
    result.retries = http.retries;
    result.tilesFetched = client.tiles.fetched;
    if (audit.stateProblem)
        result.state.problem = audit.stateProblem;
    // Keep the new tree head (only when everything that was checked verified).
    const changed = audit.nextState &&
        (!saved.state ||
            saved.state.size !== audit.nextState.size ||
            saved.state.hash !== audit.nextState.hash ||
            Object.keys(saved.state.records).length !== Object.keys(audit.nextState.records).length);
    if (audit.nextState && changed) {
        await writeSavedTreeState(dbDir, audit.nextState);
        await client.tiles.save(dbDir, (await audit.nextNodes?.()) ?? new Map());
        if (store)
            result.state.saved = await store.save(`${keyBase}${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}-${audit.nextState.size}-${Date.now()}`, stateRoot);
        else
            result.state.saved = true;
    }
    return result;
}
function lineOutcome(o, line) {
    if (!o)
        return { state: 'unverified', reason: 'unreachable', detail: 'no answer' };
    if (o.state === 'not-found' || o.state === 'unreachable')
        return { state: 'unverified', reason: o.state, detail: o.reason };
    if (o.state === 'rejected')
        return { state: 'rejected', detail: o.reason };
    const prefix = `${line.module} ${line.version}${line.kind === 'go.mod' ? '/go.mod' : ''} h1:`;
    const dbLine = o.lines.find(l => l.startsWith(prefix));
    if (!dbLine)
        return { state: 'rejected', detail: `the database record for ${line.module}@${line.version} has no ${line.kind === 'go.mod' ? '/go.mod ' : ''}hash` };
    return dbLine.slice(prefix.length - 3) === line.hash ? { state: 'verified' } : { state: 'mismatch', dbLine };
}

;// CONCATENATED MODULE: ./actions/sum-audit/src/sumdb-check.ts


const REASON_TEXT = {
    'sumdb-off': 'GOSUMDB=off',
    private: 'matched by GONOSUMDB/GOPRIVATE',
    'not-found': 'not in the checksum database',
    unreachable: 'checksum database unreachable or answered badly',
    'unknown-hash': 'not an h1 hash',
    disabled: "the 'sumdb' input is false"
};
const reasonText = (r) => REASON_TEXT[r];
/** Parses GOSUMDB from the input (a bad value is a configuration error) or from go env. */
function sumdbConfig(inputs, goEnvValue) {
    const fromInput = inputs.gosumdb !== '';
    try {
        return parseGosumdb(fromInput ? inputs.gosumdb : goEnvValue);
    }
    catch (err) {
        if (!(err instanceof SumdbConfigError))
            throw err;
        if (fromInput)
            throw new ConfigurationError('gosumdb', inputs.gosumdb, err.message);
        throw new UserFacingError(`The go command's GOSUMDB is not usable: ${err.message}`);
    }
}

async function checkAgainstSumdb(inputs, files, deps) {
    const config = inputs.sumdb ? sumdbConfig(inputs, deps.goEnv.GOSUMDB) : undefined;
    const noSumdb = noSumdbPatterns({ GONOSUMDB: deps.goEnv.GONOSUMDB, GOPRIVATE: deps.goEnv.GOPRIVATE });
    const verdicts = [];
    const pending = [];
    // Each module has two lines or more: ask the patterns once per module.
    const checkedModules = new Map();
    const checked = (module) => {
        let uses = checkedModules.get(module);
        if (uses === undefined)
            checkedModules.set(module, (uses = usesSumdb(module, false, noSumdb)));
        return uses;
    };
    for (const file of files) {
        for (const line of file.parsed.lines) {
            const syntax = goSumLineSyntaxProblem(line);
            if (syntax && syntax.kind !== 'unknown-hash')
                continue; // Malformed lines are reported by the file checks.
            const v = { file, line, state: 'unverified' };
            if (!inputs.sumdb)
                v.reason = 'disabled';
            else if (!config)
                v.reason = 'sumdb-off';
            else if (!checked(line.module))
                v.reason = 'private';
            else if (syntax)
                v.reason = 'unknown-hash';
            else
                pending.push(v);
            verdicts.push(v);
        }
    }
    const result = {
        findings: [],
        verdicts,
        config,
        requests: 0,
        retries: 0,
        tilesFetched: 0,
        state: { store: 'none', restored: false, saved: false }
    };
    if (!config || pending.length === 0)
        return sumdb_check_finish(result, inputs);
    // sumdb's session, shared with mod-review: route as go does, look up, prove, keep the tree head.
    const pendingKeys = pending.map(v => versionKey(v.line.module, v.line.version));
    const session = await auditWithSavedState(pending.map(v => ({ module: v.line.module, version: v.line.version })), {
        config,
        goproxy: deps.goEnv.GOPROXY,
        concurrency: inputs.concurrency,
        attempts: inputs.attempts,
        requestTimeoutMs: inputs.requestTimeout * 1000,
        log: deps.log,
        env: deps.env,
        tempDir: deps.tempDir,
        stateDir: deps.stateDir,
        stateDirLabel: inputs.stateDir ? `directory ${inputs.stateDir}` : undefined,
        store: inputs.stateDir ? undefined : (deps.stateCache ?? (inputs.cache ? actionsStateCache(deps.env, deps.log, 'sum-audit-1') : undefined))
    });
    if (session.routeError !== undefined) {
        for (const v of pending)
            Object.assign(v, { reason: 'unreachable', detail: session.routeError });
        return sumdb_check_finish(result, inputs);
    }
    result.route = session.route;
    result.audit = session.audit;
    result.requests = session.requests;
    result.retries = session.retries;
    result.tilesFetched = session.tilesFetched;
    result.state = session.state;
    pending.forEach((v, i) => applyOutcome(v, session.audit.outcomes.get(pendingKeys[i])));
    return sumdb_check_finish(result, inputs);
}
function applyOutcome(v, o) {
    const r = lineOutcome(o, v.line);
    if (r.state === 'verified')
        v.state = 'verified';
    else if (r.state === 'mismatch')
        Object.assign(v, { state: 'mismatch', dbLine: r.dbLine });
    else if (r.state === 'rejected')
        Object.assign(v, { state: 'rejected', detail: r.detail });
    else
        Object.assign(v, { reason: r.reason, detail: r.detail });
}
function sumdb_check_finish(result, inputs) {
    const findings = [];
    if (result.audit?.fork) {
        const first = result.verdicts.find(v => v.state === 'rejected');
        findings.push({
            rule: 'sumdb-fork',
            severity: 'error',
            title: 'SECURITY: checksum database log forked',
            message: `SECURITY ERROR: the checksum database ${result.config.name} served a tree that contradicts one verified earlier: ${result.audit.fork}. Either the database or the path to it is compromised; do not trust new downloads until this is explained.`,
            file: first?.file.rel,
            line: first?.line.line,
            module: first?.file.module
        });
    }
    if (result.audit?.consistencyUnchecked) {
        findings.push({
            rule: 'fork-check-incomplete',
            severity: inputs.unverifiable === 'error' ? 'error' : 'warning',
            title: 'Could not compare with the earlier tree head',
            message: `The tree head verified in an earlier run could not be proven consistent with today's: ${result.audit.consistencyUnchecked}.`
        });
    }
    for (const v of result.verdicts) {
        if (v.state === 'mismatch') {
            const ours = v.line.hash;
            const theirs = v.dbLine.split(' ').pop();
            findings.push({
                rule: 'checksum-mismatch',
                severity: 'error',
                title: 'go.sum disagrees with the checksum database',
                message: `${v.file.rel}:${v.line.line}: "${v.line.raw.trim()}" has ${ours}, but the checksum database ${result.config.name} (tree ${result.audit.tree.tree.size}) says ${theirs}. Whoever produced this line got different content than everyone else.`,
                module: v.file.module,
                file: v.file.rel,
                line: v.line.line,
                fix: {
                    description: `Delete the line and run go mod tidy with the checksum database on (GOSUMDB not off), then review why it differed`,
                    command: 'go mod tidy'
                }
            });
        }
        else if (v.state === 'rejected' && !result.audit?.fork) {
            findings.push({
                rule: 'sumdb-rejected',
                severity: 'error',
                title: 'SECURITY: checksum database answer failed verification',
                message: `${v.file.rel}:${v.line.line}: ${v.line.module}@${v.line.version}: the checksum database's answer failed verification: ${v.detail}.`,
                module: v.file.module,
                file: v.file.rel,
                line: v.line.line
            });
        }
    }
    // One finding per file and reason: every unverified line is listed in the summary and the report.
    const groups = new Map();
    for (const v of result.verdicts) {
        if (v.state !== 'unverified' || v.reason === 'disabled')
            continue;
        const k = `${v.file.rel}\0${v.reason}`;
        const group = groups.get(k);
        if (group)
            group.push(v);
        else
            groups.set(k, [v]);
    }
    for (const list of groups.values()) {
        const first = list[0];
        // The first five distinct names (and how many there are), without a copy of every line's name.
        const names = new Set();
        for (const v of list)
            names.add(`${v.line.module}@${v.line.version}`);
        const detail = first.detail ? ` (${first.detail})` : '';
        findings.push({
            rule: 'unverified',
            severity: inputs.unverifiable === 'error' ? 'error' : 'warning',
            title: 'go.sum lines not checked against the checksum database',
            message: `${first.file.rel}: ${list.length} line${list.length === 1 ? '' : 's'} could not be verified: ${reasonText(first.reason)}${detail}: ${[...take(names, 5)].join(', ')}${names.size > 5 ? ` and ${names.size - 5} more` : ''}.`,
            module: first.file.module,
            file: first.file.rel,
            line: first.line.line
        });
    }
    result.findings = findings;
    return result;
}
function* take(items, n) {
    if (n <= 0)
        return;
    for (const item of items) {
        yield item;
        if (--n === 0)
            return;
    }
}

;// CONCATENATED MODULE: ./actions/sum-audit/src/tidy-check.ts

/**
 * Stale and missing lines by Go's own rule: the go.sum hunks of what
 * `go mod tidy` would change (core's tidyDiff: `-diff` on temp copies, or a
 * tidied copy on Go older than 1.23). Any failure to load is a load or
 * network error, reported as such rather than as stale or missing lines.
 */
async function checkTidy(go, f, tempDir) {
    const r = await tidyDiff(go, { dir: f.moduleDir, tempDir });
    if (r.status === 'error' || r.status === 'undecided') {
        const reason = r.detail || `go mod tidy failed`;
        return { findings: [], stale: 0, missing: 0, failed: reason.trim().split(/\n+/).join(' ') };
    }
    const sumHunks = r.hunks.filter(h => h.file === 'go.sum');
    const removed = sumHunks.flatMap(h => h.removed);
    const added = sumHunks.flatMap(h => h.added);
    const findings = [];
    // Tidy also drops the extra copies of a duplicated line, which are already
    // duplicate-line findings: of a text tidy removes r times and the file holds
    // k times, r - (k - 1) copies are stale (0 when tidy keeps one), and those
    // are the first ones, so no line is reported twice.
    const linesByText = new Map();
    for (const l of f.parsed.lines) {
        const text = l.raw.trim();
        const copies = linesByText.get(text);
        if (copies)
            copies.push(l);
        else
            linesByText.set(text, [l]);
    }
    const removedByText = new Map();
    for (const text of removed)
        removedByText.set(text.trim(), (removedByText.get(text.trim()) ?? 0) + 1);
    let stale = 0;
    for (const [text, times] of removedByText) {
        const copies = linesByText.get(text) ?? [];
        const staleCopies = copies.length === 0 ? times : times - (copies.length - 1);
        for (let k = 0; k < staleCopies; k++) {
            stale++;
            const l = copies[k];
            findings.push({
                rule: 'stale-line',
                severity: 'warning',
                title: 'Stale go.sum line',
                message: `${f.rel}${l ? `:${l.line}` : ''}: ${text} is not needed by the module (go mod tidy would remove it).`,
                module: f.module,
                file: f.rel,
                line: l?.line,
                fix: { description: 'Remove stale lines', command: 'go mod tidy' }
            });
        }
    }
    const valid = f.parsed.lines.filter(l => !l.problem);
    for (const text of added) {
        const want = parseGoSumLine(text, 0);
        // Annotate where go would insert it: before the first line that sorts after it.
        const next = want.problem ? undefined : valid.find(l => compareGoSumLines(want, l) < 0);
        findings.push({
            rule: 'missing-line',
            severity: 'error',
            title: 'Missing go.sum line',
            message: `${f.rel}: ${text.trim()} is missing; builds that need it fail with "missing go.sum entry".`,
            module: f.module,
            file: f.rel,
            line: next?.line ?? valid[valid.length - 1]?.line ?? 1,
            fix: { description: 'Add missing lines', command: 'go mod tidy' }
        });
    }
    return { findings, stale, missing: added.length };
}

;// CONCATENATED MODULE: ./actions/sum-audit/src/rules.ts
/** Every finding sum-audit reports: the README's rule table is generated from this list. */
const rules_RULES = [
    {
        id: 'checksum-mismatch',
        severity: 'error',
        description: "A go.sum hash differs from the checksum database's, for a record proven in the signed log.",
        example: '`go.sum:1` "example.com/greet v1.1.0 h1:RLEz…" has h1:RLEz…, but the checksum database sum.golang.org (tree 41236578) says h1:AQEB….'
    },
    {
        id: 'sumdb-fork',
        severity: 'error',
        description: "Two tree heads that cannot both be true: same size and different hashes, or an earlier verified tree that is not a prefix of today's.",
        example: 'SECURITY ERROR: the checksum database sum.golang.org served a tree that contradicts one verified earlier: …'
    },
    {
        id: 'sumdb-rejected',
        severity: 'error',
        description: "The database's answer failed verification: bad signature, inclusion proof that does not lead to the signed root, a record about another module.",
        example: '`go.sum:1` example.com/greet@v1.1.0: … invalid signature by sum.golang.org+033de0ae.'
    },
    {
        id: 'unverified',
        severity: 'warning (`unverifiable: error` → error)',
        description: 'Lines not checked against the database, one finding per file and reason (private, GOSUMDB=off, not found, unreachable, unknown hash algorithm).',
        example: '`go.sum:1` go.sum: 2 lines could not be verified: not in the checksum database (GET …: HTTP 404: not found): example.com/greet@v1.1.0.'
    },
    {
        id: 'fork-check-incomplete',
        severity: 'warning (error with `unverifiable: error`)',
        description: "The tree head from an earlier run could not be compared with today's (network).",
        example: "The tree head verified in an earlier run could not be proven consistent with today's: …"
    },
    {
        id: 'malformed-line',
        severity: 'error',
        description: "A line that is not three fields, split as the go command splits them (Go's `strings.Fields`: U+0085 and U+3000 separate fields, a BOM does not; a line holding only a BOM is not blank): the go command refuses the whole file (`malformed go.sum`), and the finding says so. Also lines go reads but that can never match a module: `h1:` that is not 32 bytes of base64; invalid module path or non-canonical version; version that disagrees with the `/vN` suffix.",
        example: '`go.sum:7` malformed line: wrong number of fields 2 (want 3); the go command refuses the whole file ("malformed go.sum ... wrong number of fields 2").'
    },
    {
        id: 'merge-conflict',
        severity: 'error',
        description: '`<<<<<<<`, `=======`, `>>>>>>>`, `|||||||` left in go.sum.',
        example: '`go.sum:2` merge-conflict marker "<<<<<<< HEAD" left in go.sum.'
    },
    {
        id: 'conflicting-hash',
        severity: 'error',
        description: 'Two different hashes for the same module, version and kind: at most one can be right.',
        example: '`go.sum:5` example.com/greet@v1.1.0/go.mod has two different hashes: h1:rcTg… (line 3) and h1:AgIC….'
    },
    {
        id: 'missing-line',
        severity: 'error',
        description: 'A line `go mod tidy -diff` would add (builds fail with "missing go.sum entry"); a module with requirements and no go.sum.',
        example: '`go.sum:4` example.com/greet v1.1.0/go.mod h1:rcTg… is missing.'
    },
    {
        id: 'stale-line',
        severity: 'warning',
        description: 'A line `go mod tidy -diff` would remove. The extra copies of a duplicated line are `duplicate-line` findings and are not reported again here; a needed line written twice is only a duplicate.',
        example: '`go.sum:2` example.com/greet v1.0.0 h1:… is not needed by the module.'
    },
    { id: 'duplicate-line', severity: 'warning', description: 'An identical line repeated.', example: '`go.sum:4` duplicate of line 3.' },
    {
        id: 'missing-go-mod-hash',
        severity: 'warning',
        description: 'A module hash line without its `/go.mod` partner.',
        example: '`go.sum:1` example.com/greet@v1.1.0 has a module hash but no /go.mod hash line.'
    },
    {
        id: 'unknown-hash',
        severity: 'warning',
        description: 'A hash algorithm other than `h1` (the go command checks nothing with it).',
        example: '`go.sum:12` unknown hash algorithm "sha256".'
    },
    {
        id: 'missing-final-newline',
        severity: 'warning',
        description: 'The last line has no newline.',
        example: '`go.sum:9` the last line has no newline at the end.'
    },
    {
        id: 'tidy-failed',
        severity: 'warning',
        description: '`go mod tidy` could not load the module (network, missing version): stale/missing lines are unknown, and this is said instead of reporting them.',
        example: 'go.sum: go mod tidy could not load the module … reading …/@v/v1.9.9.zip: no such file or directory'
    },
    {
        id: 'non-canonical-order',
        severity: 'notice',
        description: 'go.sum is not in the order the go command writes (path, semver, zip before /go.mod); reported once.',
        example: '`go.sum:2` out of order: example.com/greet v1.0.0 should come before example.com/greet v1.1.0.'
    }
];

;// CONCATENATED MODULE: ./actions/sum-audit/src/main.ts








async function execute(inputs, deps) {
    const { go, discovery, workspace, log } = deps;
    const stateDir = inputs.stateDir ? await resolveStateDir(inputs.stateDir, workspace, deps.env) : undefined;
    // `go env` runs in its own process while this one reads and checks the go.sum files.
    const goEnvRead = go.goEnv();
    goEnvRead.catch(() => undefined); // Awaited below; this only keeps an early failure from counting as unhandled.
    const files = await readSumFiles(discovery, workspace);
    const fileChecks = files.map(f => fileFindings(f));
    const findings = [];
    const fileRows = [];
    let malformed = 0;
    let stale = 0;
    let missing = 0;
    const goEnv = (await goEnvRead);
    // The database check is network-bound and tidy runs go: they overlap.
    const sumdbChecked = checkAgainstSumdb(inputs, files, { goEnv, env: deps.env, tempDir: deps.tempDir, workspace, log, stateDir });
    sumdbChecked.catch(() => undefined); // Awaited below, after tidy.
    for (const [i, f] of files.entries()) {
        const r = fileChecks[i];
        findings.push(...r.findings);
        malformed += r.issues.filter(i => i.kind === 'malformed' || i.kind === 'conflict-marker').length;
        const row = { rel: f.rel, lines: f.parsed.lines.length, issues: r.issues.length, stale: '–', missing: '–' };
        if (inputs.tidy && f.moduleDir) {
            const t = await checkTidy(go, f, deps.tempDir);
            if (t.failed) {
                findings.push({
                    rule: 'tidy-failed',
                    severity: 'warning',
                    title: 'Could not compute stale and missing lines',
                    message: `${f.rel}: go mod tidy could not load the module, so stale and missing lines are unknown (this is a load or network error, not a go.sum problem): ${t.failed}`,
                    module: f.module,
                    file: f.rel
                });
                row.stale = row.missing = 'load error';
            }
            else {
                findings.push(...t.findings);
                stale += t.stale;
                missing += t.missing;
                row.stale = t.stale;
                row.missing = t.missing;
            }
        }
        fileRows.push(row);
    }
    for (const m of discovery.modules) {
        if (!files.some(f => f.module === m.path) && m.modFile.require.length > 0 && inputs.tidy) {
            const t = await tidyDiff(go, { dir: m.dir, tempDir: deps.tempDir });
            if (t.hunks.some(h => h.file === 'go.sum' && h.added.length > 0)) {
                findings.push({
                    rule: 'missing-line',
                    severity: 'error',
                    title: 'go.sum is missing',
                    message: `${m.goModFile}: the module has requirements but no go.sum; builds fail with "missing go.sum entry".`,
                    module: m.path,
                    file: m.goModFile,
                    line: 1,
                    fix: { description: 'Create go.sum', command: 'go mod tidy' }
                });
                missing++;
            }
        }
    }
    const sumdb = await sumdbChecked;
    findings.push(...sumdb.findings);
    const count = (s) => sumdb.verdicts.filter(v => v.state === s).length;
    const verified = count('verified');
    const mismatches = count('mismatch');
    const rejected = count('rejected');
    const unverified = count('unverified');
    const totalLines = files.reduce((n, f) => n + f.parsed.lines.length, 0);
    const tree = sumdb.audit?.tree?.tree;
    return {
        findings,
        headline: `${totalLines} go.sum line${totalLines === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}: ${sumdb.config
            ? `${verified} verified against ${sumdb.config.name}${tree ? ` (tree ${tree.size})` : ''}, ${mismatches} mismatched, ${unverified} unverified.`
            : 'not checked against a checksum database (GOSUMDB=off or the sumdb input is false).'}`,
        sections: sections(files.length, fileRows, sumdb, { verified, mismatches, rejected, unverified, malformed, stale, missing }),
        outputs: {
            'verified-count': verified,
            'unverified-count': unverified,
            'mismatch-count': mismatches,
            'stale-count': stale,
            'missing-count': missing,
            'malformed-count': malformed,
            'tree-size': tree ? tree.size : '',
            'tree-hash': tree ? tree.hash.toString('base64') : ''
        },
        data: {
            files: fileRows,
            sumdb: {
                name: sumdb.config?.name,
                url: sumdb.route?.baseUrl,
                via: sumdb.route?.via,
                tree: tree ? { size: tree.size, hash: tree.hash.toString('base64') } : undefined,
                previousTree: sumdb.audit?.previous ? { size: sumdb.audit.previous.size, hash: sumdb.audit.previous.hash.toString('base64') } : undefined,
                fork: sumdb.audit?.fork,
                requests: sumdb.requests,
                retries: sumdb.retries,
                tilesFetched: sumdb.tilesFetched,
                state: sumdb.state,
                lines: sumdb.verdicts.map(v => ({
                    file: v.file.rel,
                    line: v.line.line,
                    module: v.line.module,
                    version: v.line.version,
                    kind: v.line.kind,
                    state: v.state,
                    reason: v.reason,
                    detail: v.detail,
                    database: v.dbLine
                }))
            }
        }
    };
}
/** Unverified lines listed in the summary: a summary holds about 1 MiB, and the JSON report has them all. */
const UNVERIFIED_ROWS = 1000;
function sections(fileCount, rows, sumdb, c) {
    const blocks = [
        { kind: 'heading', level: 3, text: 'go.sum lines' },
        {
            kind: 'table',
            columns: ['Class', 'Lines'],
            align: ['left', 'right'],
            rows: [
                ['✅ verified against the checksum database', c.verified],
                ['❌ checksum mismatch', c.mismatches],
                ['❌ failed verification (signature, proof, fork)', c.rejected],
                ['⚠️ unverified', c.unverified],
                ['malformed', c.malformed],
                ['stale (go mod tidy would remove)', c.stale],
                ['missing (go mod tidy would add)', c.missing]
            ]
        }
    ];
    if (fileCount > 0) {
        blocks.push({
            kind: 'table',
            columns: ['File', 'Lines', 'File issues', 'Stale', 'Missing'],
            align: ['left', 'right', 'right', 'right', 'right'],
            rows: rows.map(r => [code(r.rel), r.lines, r.issues, r.stale, r.missing])
        });
    }
    const tree = sumdb.audit?.tree?.tree;
    const db = [];
    if (!sumdb.config)
        db.push('Checksum database: off (GOSUMDB=off or the sumdb input is false): no line was checked against it.');
    else {
        db.push(`Database: ${sumdb.config.name} (key ${sumdb.config.verifier.text.split('+').slice(0, 2).join('+')}) at ${sumdb.route?.baseUrl ?? 'not reached'}${sumdb.route ? ` (${sumdb.route.via})` : ''}`);
        if (tree)
            db.push(`Verified against signed tree head: size ${tree.size}, hash ${tree.hash.toString('base64')}`);
        if (sumdb.audit?.previous)
            db.push(`Tree head from an earlier run: size ${sumdb.audit.previous.size}${sumdb.audit.fork ? ' — CONTRADICTED (fork)' : sumdb.audit.consistencyUnchecked ? ' — consistency not checked' : ' — proven consistent'}`);
        db.push(`Requests: ${sumdb.requests} (${sumdb.tilesFetched} tiles, ${sumdb.retries} retries); state: ${sumdb.state.store}${sumdb.state.restored ? ', restored' : ''}${sumdb.state.saved ? ', saved' : ''}${sumdb.state.problem ? ` (${sumdb.state.problem})` : ''}`);
    }
    blocks.push({ kind: 'heading', level: 3, text: 'Checksum database' }, { kind: 'list', items: db });
    const unverified = sumdb.verdicts.filter(v => v.state === 'unverified');
    if (unverified.length > 0) {
        blocks.push({
            kind: 'details',
            summary: `Unverified lines (${unverified.length})`,
            blocks: [
                {
                    kind: 'table',
                    columns: ['Line', 'Module', 'Why'],
                    // The report's data.sumdb.lines has every line; the summary (and the report's copy of it) lists the first ones.
                    rows: unverified
                        .slice(0, UNVERIFIED_ROWS)
                        .map(v => [
                        code(`${v.file.rel}:${v.line.line}`),
                        code(`${v.line.module}@${v.line.version}${v.line.kind === 'go.mod' ? '/go.mod' : ''}`),
                        `${reasonText(v.reason)}${v.detail ? `: ${v.detail}` : ''}`
                    ]),
                    note: unverified.length > UNVERIFIED_ROWS
                        ? `${unverified.length - UNVERIFIED_ROWS} more unverified lines are in the JSON report (data.sumdb.lines).`
                        : undefined
                }
            ]
        });
    }
    return blocks;
}
const gate = {
    name: 'sum-audit',
    rules: rules_RULES,
    parseInputs: parseInputs,
    execute: (inputs, deps) => execute(inputs, deps)
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
/******/ var __webpack_exports__ = __nccwpck_require__(249);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
