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

/***/ 305:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(836);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 836:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: execute, gate, parseInputs, runnerEmptiesTemp

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
function quoteExcerpt(text, max = 80) {
    const chars = [...text];
    return JSON.stringify(chars.length > max ? chars.slice(0, max).join('') + '…' : text);
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
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

;// CONCATENATED MODULE: ./actions/vendor-consistency/src/vendor-tree.ts


/**
 * Every non-directory entry below `dir`, keyed by forward-slash relative
 * path. Symlinks are reported, never followed: `go mod vendor` copies only
 * regular files, so a symlink in vendor/ is something it would not produce.
 *
 * The walk is synchronous on purpose: a vendor tree is thousands of small
 * directories, and one readdir call each on this thread is several times
 * faster than the same calls queued through libuv's four-thread pool.
 */
async function walkVendorTree(dir) {
    const out = new Map();
    const walk = (abs, rel) => {
        for (const e of (0,external_node_fs_namespaceObject.readdirSync)(abs, { withFileTypes: true })) {
            const r = rel ? `${rel}/${e.name}` : e.name;
            const full = abs + external_node_path_namespaceObject.sep + e.name; // not path.join: a quarter of the walk on thousands of files
            if (e.isDirectory())
                walk(full, r);
            else if (e.isSymbolicLink())
                out.set(r, { kind: 'symlink', target: (0,external_node_fs_namespaceObject.readlinkSync)(full) });
            else if (e.isFile())
                out.set(r, { kind: 'file' });
            else
                out.set(r, { kind: 'other' });
        }
    };
    walk(dir, '');
    return out;
}

;// CONCATENATED MODULE: ./actions/vendor-consistency/src/compare.ts





const MAX_TEXT_DIFF_BYTES = 1024 * 1024;
/** How much of the committed tree prefetchCommitted keeps in memory at most. */
const PREFETCH_BUDGET_BYTES = 128 * 1024 * 1024;
/**
 * Reads committed files into `into` while `busy()` (the go command
 * regenerating the tree, which leaves this thread idle), a few dozen at a time
 * so that go's exit is seen at once, up to `budget` bytes. The comparison then
 * reads only the regenerated side of each file it has: half its file system
 * calls move off the critical path. Files it did not get to are read by the
 * comparison as before; a file it cannot read is left to the comparison too.
 */
async function prefetchCommitted(committedDir, committedTree, into, busy, budget = PREFETCH_BUDGET_BYTES) {
    let bytes = 0;
    let n = 0;
    for (const [rel, entry] of committedTree) {
        if (!busy() || bytes >= budget)
            return;
        if (entry.kind !== 'file')
            continue;
        try {
            const data = (0,external_node_fs_namespaceObject.readFileSync)(external_node_path_namespaceObject.join(committedDir, rel), { flag: external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0) });
            into.set(rel, data);
            bytes += data.length;
        }
        catch {
            // The comparison meets it again and decides.
        }
        if (++n % 32 === 0)
            await new Promise(resolve => setImmediate(resolve));
    }
}
/**
 * Compares the committed vendor tree with the regenerated one, file by file
 * (size first, then bytes), and classifies every difference. modules.txt
 * differences that are only `## go 1.N` annotations are split off as a
 * toolchain skew rather than reported as edits.
 */
async function compareVendorTrees(opts) {
    const regenerated = await walkVendorTree(opts.regeneratedDir).catch(err => {
        if (err.code === 'ENOENT')
            return new Map(); // nothing to vendor
        throw err;
    });
    const allow = opts.allowExtra.length ? picomatch_default()([...opts.allowExtra], { dot: true }) : () => false;
    let regenTxt;
    const regenTxtPath = external_node_path_namespaceObject.join(opts.regeneratedDir, 'modules.txt');
    let regenTxtText;
    if (regenerated.get('modules.txt')?.kind === 'file') {
        regenTxtText = (0,external_node_fs_namespaceObject.readFileSync)(regenTxtPath, 'utf8');
        regenTxt = parseModulesTxt(regenTxtText);
    }
    const owner = (p) => {
        const m = (regenTxt && moduleOfVendoredPath(regenTxt, p)) ?? moduleOfVendoredPath(opts.committedModulesTxt, p);
        return m ? `${m.path}@${m.version}` : '';
    };
    const all = [...new Set([...opts.committedTree.keys(), ...regenerated.keys()])].sort();
    const differences = [];
    const patches = new Map();
    let skew;
    const released = opts.releaseRegenerated ? new Releaser() : undefined;
    // Synchronous reads, one file at a time: for thousands of small files this is
    // several times faster than promise reads through libuv's thread pool (each
    // an open, fstat, read and close hop). Equal files are compared in place;
    // only a differing pair is read whole, for its diff.
    for (const rel of all) {
        const mine = opts.committedTree.get(rel);
        const theirs = regenerated.get(rel);
        const a = external_node_path_namespaceObject.join(opts.committedDir, rel);
        const b = external_node_path_namespaceObject.join(opts.regeneratedDir, rel);
        const shown = `${opts.patchPrefix}/${rel}`;
        if (!mine && theirs) {
            const data = (0,external_node_fs_namespaceObject.readFileSync)(b);
            const d = textDiff(shown, undefined, data);
            patches.set(rel, d.diff);
            differences.push({ class: 'missing', path: rel, module: owner(rel), bytes: data.length, diff: d.text ? d.diff : undefined, binary: !d.text });
            continue;
        }
        if (mine && !theirs) {
            if (mine.kind === 'symlink') {
                differences.push({ class: 'symlink', path: rel, module: owner(rel), bytes: 0 });
                patches.set(rel, `diff --git a/${shown} b/${shown}\ndeleted file mode 120000\n`);
                continue;
            }
            const cls = allow(rel) ? 'allowed-extra' : 'extra';
            const data = mine.kind === 'file' ? (0,external_node_fs_namespaceObject.readFileSync)(a) : Buffer.alloc(0);
            const d = textDiff(shown, data, undefined);
            if (cls === 'extra')
                patches.set(rel, d.diff);
            differences.push({
                class: cls,
                path: rel,
                module: owner(rel),
                bytes: data.length,
                diff: d.text && cls === 'extra' ? d.diff : undefined,
                binary: !d.text
            });
            continue;
        }
        if (!mine || !theirs)
            continue;
        if (mine.kind !== 'file') {
            differences.push({ class: mine.kind === 'symlink' ? 'symlink' : 'modified', path: rel, module: owner(rel), bytes: 0 });
            continue;
        }
        const known = opts.committedContents?.get(rel);
        if (known ? sameAs(known, b) : sameContent(a, b)) {
            released?.unlink(b);
            continue;
        }
        const da = known ?? (0,external_node_fs_namespaceObject.readFileSync)(a);
        const db = (0,external_node_fs_namespaceObject.readFileSync)(b);
        released?.unlink(b);
        if (da.equals(db))
            continue;
        if (rel === 'modules.txt') {
            const s = annotationOnlySkew(da.toString('utf8'), db.toString('utf8'));
            if (s) {
                skew = s;
                continue;
            }
        }
        const d = textDiff(shown, da, db);
        patches.set(rel, d.diff);
        differences.push({
            class: 'modified',
            path: rel,
            module: owner(rel),
            line: d.firstLine,
            bytes: da.length,
            diff: d.text ? d.diff : undefined,
            binary: !d.text
        });
    }
    await released?.settled();
    differences.sort((x, y) => x.path.localeCompare(y.path));
    const patch = [...patches.entries()]
        .sort(([x], [y]) => x.localeCompare(y))
        .map(([, p]) => p)
        .join('');
    return { differences, patch, skew, regeneratedModulesTxt: regenTxt, filesCompared: all.length };
}
// Two reusable buffers: equal files, nearly all of them, are compared without allocating
// (reading each into a new Buffer made the garbage collector a third of the compare on 150 MB).
const CHUNK = 1 << 20;
const chunkA = Buffer.allocUnsafe(CHUNK);
const chunkB = Buffer.allocUnsafe(CHUNK);
/** Whether two files have the same bytes: sizes first, then chunk by chunk. */
function sameContent(a, b) {
    const fa = (0,external_node_fs_namespaceObject.openSync)(a, 'r');
    try {
        const fb = (0,external_node_fs_namespaceObject.openSync)(b, 'r');
        try {
            const size = (0,external_node_fs_namespaceObject.fstatSync)(fa).size;
            if ((0,external_node_fs_namespaceObject.fstatSync)(fb).size !== size)
                return false;
            for (let at = 0; at < size;) {
                const want = Math.min(CHUNK, size - at);
                const n = readFully(fa, chunkA, want, at);
                if (n !== want || readFully(fb, chunkB, want, at) !== want)
                    return false; // changed under us: let the full read decide
                if (!chunkA.subarray(0, n).equals(chunkB.subarray(0, n)))
                    return false;
                at += n;
            }
            // Nothing beyond the size read at the start (a file that grew meanwhile is not the same).
            return (0,external_node_fs_namespaceObject.readSync)(fa, chunkA, 0, 1, size) === 0 && (0,external_node_fs_namespaceObject.readSync)(fb, chunkB, 0, 1, size) === 0;
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fb);
        }
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fa);
    }
}
/** Whether a file has exactly the bytes `data` (sizes first, then chunk by chunk). */
function sameAs(data, file) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(file, 'r');
    try {
        if (data.length < CHUNK) {
            // One read of a byte more than expected tells the size and the bytes together (no fstat, no read at EOF).
            const n = readFully(fd, chunkB, data.length + 1, 0);
            return n === data.length && chunkB.subarray(0, n).equals(data);
        }
        const size = (0,external_node_fs_namespaceObject.fstatSync)(fd).size;
        if (size !== data.length)
            return false;
        for (let at = 0; at < size;) {
            const want = Math.min(CHUNK, size - at);
            if (readFully(fd, chunkB, want, at) !== want)
                return false; // changed under us: let the full read decide
            if (!chunkB.subarray(0, want).equals(data.subarray(at, at + want)))
                return false;
            at += want;
        }
        return (0,external_node_fs_namespaceObject.readSync)(fd, chunkB, 0, 1, size) === 0;
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
function readFully(fd, buf, want, position) {
    let got = 0;
    while (got < want) {
        const n = (0,external_node_fs_namespaceObject.readSync)(fd, buf, got, want - got, position + got);
        if (n === 0)
            break;
        got += n;
    }
    return got;
}
/**
 * Unlinks files in the background; settled() waits for them all. A failed
 * unlink is left for the temp dir's removal, which reports nothing either.
 */
class Releaser {
    pending = 0;
    done;
    unlink(file) {
        this.pending++;
        (0,external_node_fs_namespaceObject.unlink)(file, () => {
            if (--this.pending === 0)
                this.done?.();
        });
    }
    settled() {
        return this.pending === 0 ? Promise.resolve() : new Promise(resolve => (this.done = resolve));
    }
}
function isText(data) {
    return data.length <= MAX_TEXT_DIFF_BYTES && !data.subarray(0, 8000).includes(0);
}
/** A git-style diff for one file; binary or huge files get a one-line marker. */
function textDiff(shown, a, b) {
    const header = `diff --git a/${shown} b/${shown}\n${a === undefined ? 'new file mode 100644\n' : b === undefined ? 'deleted file mode 100644\n' : ''}`;
    if ((a && !isText(a)) || (b && !isText(b))) {
        return { diff: `${header}Binary files ${a ? `a/${shown}` : '/dev/null'} and ${b ? `b/${shown}` : '/dev/null'} differ\n`, text: false };
    }
    const body = unifiedDiff(`a/${shown}`, `b/${shown}`, a?.toString('utf8'), b?.toString('utf8'));
    // The hunk starts with up to 3 context lines; the first changed line of the committed file follows them.
    let firstLine;
    const lines = body.split('\n');
    const hunkAt = lines.findIndex(l => l.startsWith('@@ -'));
    if (hunkAt >= 0 && a) {
        let line = Number(/^@@ -(\d+)/.exec(lines[hunkAt])[1]);
        for (const l of lines.slice(hunkAt + 1)) {
            if (l.startsWith('-') || l.startsWith('+'))
                break;
            line++;
        }
        firstLine = Math.max(1, line);
    }
    return { diff: header + body, text: true, firstLine };
}
/**
 * When two modules.txt files differ only in `## ...; go 1.N` annotations
 * (same modules, packages, explicit markers), the difference comes from the
 * go command that wrote them, not from an edit: return those lines.
 */
function annotationOnlySkew(committed, regenerated) {
    const a = committed.split('\n');
    const b = regenerated.split('\n');
    const strip = (l) => l.startsWith('## ')
        ? l
            .slice(3)
            .split(';')
            .map(x => x.trim())
            .filter(x => !x.startsWith('go ') && x !== '')
            .join('; ')
        : l;
    // A go annotation may be absent on one side, leaving an `## ` line with nothing else: drop such lines.
    const norm = (ls) => ls.map((l, i) => ({ l, s: strip(l), i })).filter(x => !(x.l.startsWith('## ') && x.s === ''));
    const na = norm(a);
    const nb = norm(b);
    if (na.length !== nb.length || na.some((x, i) => x.s !== nb[i].s))
        return undefined;
    const lines = [];
    na.forEach((x, k) => {
        if (x.l !== nb[k].l)
            lines.push({ committed: x.l, regenerated: nb[k].l, line: x.i + 1 });
    });
    // Lines that were nothing but a go annotation exist on one side only.
    const kept = (ls) => new Set(ls.map(x => x.i));
    const keptA = kept(na);
    const keptB = kept(nb);
    a.forEach((l, i) => {
        if (!keptA.has(i))
            lines.push({ committed: l, regenerated: '', line: i + 1 });
    });
    b.forEach((l, i) => {
        if (!keptB.has(i))
            lines.push({ committed: '', regenerated: l, line: i + 1 });
    });
    lines.sort((x, y) => x.line - y.line);
    return lines.length ? { lines } : undefined;
}

;// CONCATENATED MODULE: ./actions/vendor-consistency/src/vendor-roots.ts


/** Workspace-relative path of a file inside the vendor root. */
function rootRelative(root, rel) {
    return root.relDir === '.' ? rel : `${root.relDir}/${rel}`;
}
function vendorRoots(discovery) {
    const mainOf = (m) => ({ path: m.path, dir: m.dir, file: m.goModFile, modFile: m.modFile });
    if (discovery.goWork) {
        const w = discovery.goWork;
        const relDir = toPosixRelative(discovery.workspace, w.dir);
        return [
            {
                kind: 'workspace',
                dir: w.dir,
                relDir,
                label: w.relFile,
                owner: discovery.modules[0],
                mainModules: discovery.modules.map(mainOf),
                work: { dir: w.dir, file: w.relFile, workFile: w.workFile },
                versionFile: { file: w.relFile, go: w.workFile.go?.version, goLine: w.workFile.go?.line, toolchain: w.workFile.toolchain?.name }
            }
        ];
    }
    // A module that another module replaces with its directory (replace x => ./third_party/x) is vendored as
    // part of that module, not on its own: it gets no vendor root of its own.
    const replacedDirs = new Set(discovery.modules.flatMap(m => m.modFile.replace.filter(r => isLocalReplacement(r.newPath)).map(r => external_node_path_namespaceObject.resolve(m.dir, r.newPath))));
    const independent = discovery.modules.filter(m => !replacedDirs.has(m.dir));
    return (independent.length ? independent : discovery.modules).map(m => ({
        kind: 'module',
        dir: m.dir,
        relDir: m.relDir,
        label: m.path,
        owner: m,
        mainModules: [mainOf(m)],
        versionFile: { file: m.goModFile, go: m.modFile.go?.version, goLine: m.modFile.go?.line, toolchain: m.modFile.toolchain?.name }
    }));
}
const vendorDirOf = (root) => external_node_path_namespaceObject.join(root.dir, 'vendor');

;// CONCATENATED MODULE: ./actions/vendor-consistency/src/findings.ts

const LIST_CAP = 5;
const listFiles = (files) => files.slice(0, LIST_CAP).join(', ') + (files.length > LIST_CAP ? ` and ${files.length - LIST_CAP} more` : '');
/**
 * One finding per module and class (an edited module is one row, not one per
 * file); the summary table and the patch list every file.
 */
function differenceFindings(root, cmp, committedTxt) {
    const sync = root.kind === 'workspace' ? 'go work vendor' : 'go mod vendor';
    const fix = { description: `Regenerate vendor/ with ${sync} and commit the result`, command: sync };
    const findings = [];
    const groups = new Map();
    for (const d of cmp.differences) {
        if (d.class === 'symlink' || d.class === 'allowed-extra')
            continue; // symlinks come from the offline check
        if (d.path === 'modules.txt') {
            findings.push({
                rule: 'modules-txt-modified',
                severity: 'error',
                module: root.owner.path,
                file: rootRelative(root, 'vendor/modules.txt'),
                line: d.line,
                title: 'vendor/modules.txt differs',
                message: `vendor/modules.txt is not what ${sync} writes for this ${root.kind === 'workspace' ? 'go.work' : 'go.mod'} (first difference at line ${d.line ?? 1}); see the diff in the summary.`,
                fix
            });
            continue;
        }
        const key = `${d.class}\u0000${d.module}`;
        groups.set(key, [...(groups.get(key) ?? []), d]);
    }
    for (const [key, diffs] of groups) {
        const [cls, mod] = key.split('\u0000');
        const files = diffs.map(d => `vendor/${d.path}`);
        const of = mod ? ` of ${mod}` : '';
        const inMod = mod ? ` in ${mod}` : '';
        const n = diffs.length;
        const s = n === 1 ? '' : 's';
        if (cls === 'modified') {
            findings.push({
                rule: 'vendor-file-modified',
                severity: 'error',
                module: root.owner.path,
                file: rootRelative(root, files[0]),
                line: diffs[0].line,
                title: `Vendored file${s} edited${inMod}`,
                message: `${n} vendored file${s}${of} differ${n === 1 ? 's' : ''} from the module's published content: ${listFiles(files)}. The go command never checks vendored file contents (golang/go#27348), so this builds silently.`,
                fix
            });
        }
        else if (cls === 'missing') {
            const entry = committedTxt.entries.find(e => `${e.path}@${e.version}` === mod);
            findings.push({
                rule: 'vendor-file-missing',
                severity: 'error',
                module: root.owner.path,
                file: entry ? rootRelative(root, 'vendor/modules.txt') : rootRelative(root, files[0]),
                line: entry?.line,
                title: `Vendored file${s} missing${inMod}`,
                message: `${n} file${s}${of} that ${sync} produces ${n === 1 ? 'is' : 'are'} missing from vendor/: ${listFiles(files)}.`,
                fix
            });
        }
        else if (cls === 'extra') {
            findings.push({
                rule: 'vendor-file-extra',
                severity: 'error',
                module: root.owner.path,
                file: rootRelative(root, files[0]),
                title: `Extra file${s} in vendor/${inMod}`,
                message: `${n} file${s} in vendor/${of} ${n === 1 ? 'is' : 'are'} not produced by ${sync}: ${listFiles(files)}. Delete ${n === 1 ? 'it' : 'them'}, or list ${n === 1 ? 'it' : 'them'} in the allow-extra input if kept on purpose.`,
                fix: { description: `Remove the extra file${s}, or allow ${n === 1 ? 'it' : 'them'} with allow-extra`, command: sync }
            });
        }
    }
    return findings;
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

;// CONCATENATED MODULE: ./actions/vendor-consistency/src/action-defaults.generated.ts
// Generated from actions/vendor-consistency/action.yml by scripts/readme-tables.ts: do not edit.
// The inputs' defaults, as the runner applies them in a job (Inputs reads them for the CLI and the tests).
const ACTION_DEFAULTS = {
    "working-directory": ".",
    "fail-on": "error",
    "max-annotations": "10",
    "require-vendor": "false",
    "regenerate": "true",
    "max-diff-lines": "200"
};

;// CONCATENATED MODULE: ./actions/vendor-consistency/src/inputs.ts


function parseInputs(source) {
    const inputs = new Inputs(source, ACTION_DEFAULTS);
    const integrityLock = inputs.string('integrity-lock');
    if (integrityLock && (integrityLock.startsWith('/') || integrityLock.split(/[\\/]/).includes('..'))) {
        throw new ConfigurationError('integrity-lock', integrityLock, 'a path relative to the module (or go.work) directory, without ..');
    }
    return {
        ...parseCommonInputs(inputs),
        requireVendor: inputs.boolean('require-vendor'),
        regenerate: inputs.boolean('regenerate'),
        allowExtra: inputs.globs('allow-extra'),
        integrityLock,
        patchPath: inputs.string('patch-path'),
        maxDiffLines: inputs.number('max-diff-lines', { min: 0, max: 5000, integer: true })
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
function hashGoMod(data) {
    return hash1([{ name: 'go.mod', data }]);
}
/** h1 of a module zip (dirhash.HashZip): every file entry, by its name in the zip. */
async function hashZipFile(zipPath) {
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

;// CONCATENATED MODULE: ./actions/vendor-consistency/src/integrity-lock.ts



/**
 * The integrity ratchet: one line per vendored module,
 * `<path> <version> h1:<dirhash of its vendored files>`, plus a line for
 * modules.txt itself. Names in the hash are vendor-relative paths, so the
 * hash is Go's dirhash h1 over exactly the files in vendor/ for that module.
 */
const LOCK_HEADER = '# vendor-consistency integrity lock: Go dirhash (h1) of the files vendored from each module.\n# Regenerate with the vendor-consistency gate (output integrity-lock-path) after go mod vendor.\n';
const OWNERLESS = '(no module)';
function formatLock(entries) {
    return LOCK_HEADER + entries.map(e => `${e.module} ${e.version || '-'} ${e.hash}\n`).join('');
}
function parseLock(text) {
    const entries = [];
    const errors = [];
    text.split('\n').forEach((raw, i) => {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            return;
        const f = line.split(/\s+/);
        if (f.length !== 3 || !f[2].startsWith('h1:'))
            errors.push({ line: i + 1, text: raw });
        else
            entries.push({ module: f[0], version: f[1] === '-' ? '' : f[1], hash: f[2], line: i + 1 });
    });
    return { entries, errors };
}
/** Hashes the committed vendor tree per module (symlinks are not hashed: they are reported on their own). */
async function computeLock(vendorDir, tree, txt) {
    const groups = new Map();
    for (const [rel, e] of tree) {
        if (e.kind !== 'file')
            continue;
        const owner = rel === 'modules.txt' ? { path: 'vendor/modules.txt', version: '' } : (moduleOfVendoredPath(txt, rel) ?? { path: OWNERLESS, version: '' });
        const key = `${owner.path} ${owner.version}`;
        let g = groups.get(key);
        if (!g)
            groups.set(key, (g = { module: owner.path, version: owner.version, files: [] }));
        g.files.push(rel);
    }
    const entries = [];
    for (const g of groups.values()) {
        const files = await mapLimit(g.files, 16, async (name) => ({ name, data: await external_node_fs_namespaceObject.promises.readFile(external_node_path_namespaceObject.join(vendorDir, name)) }));
        entries.push({ module: g.module, version: g.version, hash: hash1(files) });
    }
    return entries.sort((a, b) => a.module.localeCompare(b.module) || a.version.localeCompare(b.version));
}

;// CONCATENATED MODULE: ./actions/vendor-consistency/src/lock-check.ts




/**
 * The integrity ratchet: hashes the committed vendor tree per module and
 * compares with the committed lock, so a hand-edited vendored file fails
 * offline, before (or without) regeneration. Never writes the lock into the
 * checkout: the computed lock goes to a temp file the user can commit.
 */
async function checkIntegrityLock(root, offline, lockName, paths) {
    // Checkout content: read inside the workspace only, never through a symlink that leads out.
    const lockFile = resolvePathInput(lockName, { input: 'integrity-lock', use: 'read-file', roots: WORKSPACE_ONLY, base: root.dir }, paths);
    const file = rootRelative(root, lockName);
    const computed = await computeLock(vendorDirOf(root), offline.tree, offline.modulesTxt);
    const computedText = formatLock(computed);
    const findings = [];
    const module = root.owner.path;
    const fix = { description: `Commit the lock written to the integrity-lock-path output as ${file}, after checking vendor/ is what go mod vendor produces` };
    let text;
    try {
        text = await external_node_fs_namespaceObject.promises.readFile(lockFile.path, 'utf8');
    }
    catch (err) {
        if (err.code !== 'ENOENT')
            throw err;
        findings.push({
            rule: 'integrity-lock-missing',
            severity: 'error',
            module,
            file: rootRelative(root, 'vendor/modules.txt'),
            title: 'Integrity lock missing',
            message: `The integrity lock ${file} does not exist; the computed lock is in the integrity-lock-path output.`,
            fix
        });
        return { file, status: 'missing', computed, computedText, findings };
    }
    const lock = parseLock(text);
    if (lock.errors.length) {
        for (const e of lock.errors) {
            findings.push({
                rule: 'integrity-lock-malformed',
                severity: 'error',
                module,
                file,
                line: e.line,
                message: `Not a lock line ("<module> <version> h1:<hash>"): ${quoteExcerpt(e.text)}.`,
                fix
            });
        }
        return { file, status: 'malformed', computed, computedText, findings };
    }
    const key = (e) => `${e.module} ${e.version}`;
    const locked = new Map(lock.entries.map(e => [key(e), e]));
    const now = new Map(computed.map(e => [key(e), e]));
    for (const e of computed) {
        const l = locked.get(key(e));
        const name = e.version ? `${e.module}@${e.version}` : e.module;
        if (!l) {
            findings.push({
                rule: 'integrity-lock-stale',
                severity: 'error',
                module,
                file,
                title: 'Module not in integrity lock',
                message: `${name} is vendored but has no line in ${file}: the ratchet cannot vouch for its files.`,
                fix
            });
        }
        else if (l.hash !== e.hash) {
            findings.push({
                rule: 'integrity-mismatch',
                severity: 'error',
                module,
                file,
                line: l.line,
                title: `Vendored files changed: ${name}`,
                message: `The vendored files of ${name} hash to ${e.hash}, but ${file}:${l.line} records ${l.hash}: a vendored file was edited, added or removed since the lock was written.`,
                fix
            });
        }
    }
    for (const l of lock.entries) {
        if (!now.has(key(l))) {
            findings.push({
                rule: 'integrity-lock-stale',
                severity: 'error',
                module,
                file,
                line: l.line,
                title: 'Lock names a module not vendored',
                message: `${file}:${l.line} names ${l.version ? `${l.module}@${l.version}` : l.module}, which has no files in vendor/.`,
                fix
            });
        }
    }
    return { file, status: findings.length ? 'mismatch' : 'match', computed, computedText, findings };
}

;// CONCATENATED MODULE: ./actions/vendor-consistency/src/go-consistency.ts
/**
 * The go command's vendor consistency check (checkVendorConsistency in
 * cmd/go/internal/modload/vendor.go, Go 1.22+ with workspaces), reproduced
 * offline: vendor/modules.txt against the requirements and replacements of
 * go.mod (or of every go.mod of a go.work, plus the go.work's replaces).
 * Every problem keeps Go's exact wording, and points at the go.mod / go.work
 * line and the modules.txt line it is about.
 */


const describe = (m) => (m.version ? `${m.path}@${m.version}` : m.path);
/** modload.ToDirectoryPath: keep a directory path, else make it ./relative. */
function toDirectoryPath(p) {
    if (isLocalReplacement(p))
        return p;
    return './' + external_node_path_namespaceObject.posix.normalize(p.replace(/\\/g, '/'));
}
function checkVendorConsistency(input) {
    const { mainModules, work, modulesTxt } = input;
    const v = vendorListOf(modulesTxt);
    const workspaceMode = !!work;
    const rootDir = work ? work.dir : (mainModules[0]?.dir ?? '.');
    // Relative to the directory the go command runs in, as base.ShortPath shows it.
    const shortPath = (abs, shown) => {
        const rel = external_node_path_namespaceObject.relative(rootDir, abs).split(external_node_path_namespaceObject.sep).join('/');
        return rel && !rel.startsWith('..') ? rel : shown;
    };
    let pre114 = false;
    if (!workspaceMode) {
        const go = mainModules[0]?.modFile.go?.version ?? '';
        pre114 = go === '' || compareGoVersionStrings(go, '1.14') < 0;
    }
    const problems = [];
    const add = (p) => {
        const meta = v.vendorMeta.get(moduleKey(p.module));
        problems.push({ ...p, goLine: `\t${describe(p.module)}: ${p.detail}`, modulesTxtLine: meta?.entry.line });
    };
    const mainPaths = new Set(mainModules.map(m => m.path));
    // 1. Every require must be marked explicit (pre-1.14: at least not vendored at another version).
    for (const mm of mainModules) {
        for (const r of mm.modFile.require) {
            const mod = { path: r.path, version: r.version };
            if (v.vendorMeta.get(moduleKey(mod))?.explicit)
                continue;
            if (pre114) {
                const vv = v.vendorVersion.get(r.path);
                if (vv !== undefined && vv !== r.version) {
                    add({
                        kind: 'version-mismatch',
                        module: mod,
                        detail: `is explicitly required in go.mod, but vendor/modules.txt indicates ${r.path}@${vv}`,
                        file: mm.file,
                        line: r.line
                    });
                }
            }
            else {
                add({
                    kind: 'not-explicit',
                    module: mod,
                    detail: 'is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt',
                    file: mm.file,
                    line: r.line
                });
            }
        }
    }
    // replacementFrom: go.work replaces win; otherwise the main modules' go.mod replaces.
    const lookup = (replaces, mod) => replaces.find(r => r.oldPath === mod.path && (r.oldVersion ?? '') === mod.version) ??
        replaces.find(r => r.oldPath === mod.path && r.oldVersion === undefined);
    const replacementFrom = (mod) => {
        if (mainPaths.has(mod.path) && mod.version === '')
            return { source: '' };
        if (work) {
            const r = lookup(work.workFile.replace, mod);
            if (r)
                return { r, source: shortPath(external_node_path_namespaceObject.join(work.dir, 'go.work'), work.file), sourceFile: work.file };
        }
        let found;
        for (const mm of mainModules) {
            const r = lookup(mm.modFile.replace, mod);
            if (r)
                found = { r, modRoot: mm };
        }
        if (!found)
            return { source: '' };
        return { ...found, source: shortPath(external_node_path_namespaceObject.join(found.modRoot.dir, 'go.mod'), found.modRoot.file), sourceFile: found.modRoot.file };
    };
    const newOf = (r) => (r ? { path: r.newPath, version: r.newVersion ?? '' } : { path: '', version: '' });
    // canonicalizeReplacePath: in workspace mode a directory replacement from a go.mod becomes relative to go.work.
    const canonical = (rNew, modRoot) => {
        if (!work || !modRoot || rNew.version !== '' || rNew.path === '' || external_node_path_namespaceObject.isAbsolute(rNew.path))
            return rNew;
        const abs = external_node_path_namespaceObject.join(modRoot.dir, rNew.path);
        const rel = external_node_path_namespaceObject.relative(work.dir, abs).split(external_node_path_namespaceObject.sep).join('/');
        return { path: toDirectoryPath(rel || '.'), version: '' };
    };
    const replacement = (mod) => {
        const f = replacementFrom(mod);
        return canonical(newOf(f.r), f.modRoot);
    };
    const same = (a, b) => a.path === b.path && a.version === b.version;
    // 2. Every replace in go.mod (and go.work) must be recorded, with the same target.
    const seen = new Set();
    const checkReplace = (replaces, file) => {
        for (const rep of replaces) {
            const old = { path: rep.oldPath, version: rep.oldVersion ?? '' };
            if (seen.has(moduleKey(old)))
                continue;
            seen.add(moduleKey(old));
            const from = replacementFrom(old);
            const rNew = newOf(from.r);
            const rNewCanonical = canonical(rNew, from.modRoot);
            const vr = v.vendorMeta.get(moduleKey(old))?.replacement;
            // Annotate at the directive that wins (a go.work replace overrides a go.mod one).
            const at = from.r && from.sourceFile ? { file: from.sourceFile, line: from.r.line } : { file, line: rep.line };
            if (!vr) {
                if (rNewCanonical.path === '')
                    continue; // a main module: not actually replaced
                if (pre114 && (old.version === '' || v.vendorVersion.get(old.path) !== old.version))
                    continue;
                add({ kind: 'replace-missing', module: old, detail: `is replaced in ${from.source}, but not marked as replaced in vendor/modules.txt`, ...at });
            }
            else if (!same(vr, rNewCanonical)) {
                add({
                    kind: 'replace-differs',
                    module: old,
                    detail: `is replaced by ${describe(rNew)} in ${from.source}, but marked as replaced by ${describe(vr)} in vendor/modules.txt`,
                    ...at
                });
            }
        }
    };
    for (const mm of mainModules)
        checkReplace(mm.modFile.replace, mm.file);
    if (work)
        checkReplace(work.workFile.replace, work.file);
    // 3. A module marked explicit must be required by (one of) the main module(s).
    for (const mod of v.vendorList) {
        if (!v.vendorMeta.get(moduleKey(mod))?.explicit)
            continue;
        const required = mainModules.some(mm => mm.modFile.require.some(r => r.path === mod.path && r.version === mod.version));
        if (!required) {
            add({
                kind: 'explicit-not-required',
                module: mod,
                detail: `is marked as explicit in vendor/modules.txt, but not explicitly required in ${workspaceMode ? 'a ' : ''}go.mod`,
                file: mainModules[0]?.file,
                line: mainModules[0]?.modFile.module?.line
            });
        }
    }
    // 4. A module marked replaced must be replaced (a different target was reported above).
    for (const mod of v.vendorReplaced) {
        if (replacement(mod).path !== '')
            continue;
        add({
            kind: 'replaced-not-replaced',
            module: mod,
            detail: `is marked as replaced in vendor/modules.txt, but not replaced in ${workspaceMode ? 'the workspace' : 'go.mod'}`,
            file: work ? work.file : mainModules[0]?.file,
            line: work ? undefined : mainModules[0]?.modFile.module?.line
        });
    }
    return {
        problems,
        pre114,
        goError(vendorRoot) {
            if (!problems.length)
                return '';
            return (`go: inconsistent vendoring in ${vendorRoot}:\n${problems.map(p => p.goLine).join('\n')}\n\n` +
                `\tTo ignore the vendor directory, use -mod=readonly or -mod=mod.\n\tTo sync the vendor directory, run:\n\t\tgo ${workspaceMode ? 'work' : 'mod'} vendor`);
        }
    };
}

;// CONCATENATED MODULE: ./actions/vendor-consistency/src/offline-check.ts






const SYNC = (root) => (root.kind === 'workspace' ? 'go work vendor' : 'go mod vendor');
/**
 * The offline pre-check: modules.txt against go.mod / go.work with the go
 * command's own rules, the vendor mode the go command will pick, and
 * symlinks. Reads no file contents beyond modules.txt, needs no network.
 */
async function offlineCheck(root) {
    const vendorDir = vendorDirOf(root);
    const txtRel = rootRelative(root, 'vendor/modules.txt');
    let text;
    let linked = false;
    try {
        // O_NOFOLLOW: a modules.txt symlink is reported with the other symlinks, never read through.
        text = await external_node_fs_namespaceObject.promises.readFile(external_node_path_namespaceObject.join(vendorDir, 'modules.txt'), { encoding: 'utf8', flag: external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0) });
    }
    catch (err) {
        const code = err.code;
        if (code === 'ELOOP')
            linked = true;
        else if (code !== 'ENOENT')
            throw err;
    }
    const modulesTxt = parseModulesTxt(text ?? '');
    const consistency = checkVendorConsistency({ mainModules: root.mainModules, work: root.work, modulesTxt });
    const findings = [];
    const module = root.owner.path;
    const fix = { description: `Regenerate vendor/ with ${SYNC(root)}`, command: SYNC(root) };
    if (text === undefined) {
        findings.push({
            rule: 'modules-txt-missing',
            severity: 'error',
            module,
            file: rootRelative(root, 'vendor'),
            title: linked ? 'vendor/modules.txt is a symlink' : 'vendor/modules.txt is missing',
            message: `${rootRelative(root, 'vendor')} has no modules.txt${linked ? ' (only a symlink, which the gate does not follow)' : ''}, so the go command cannot tell which modules it holds: every requirement is reported inconsistent and imports resolve blindly.`,
            fix
        });
    }
    // The go command only uses vendor/ when modules.txt was written in the mode it runs in; otherwise it
    // silently builds from the module cache and the vendor tree is dead weight.
    if (text !== undefined && modulesTxt.workspace !== (root.kind === 'workspace')) {
        findings.push({
            rule: 'vendor-mode-mismatch',
            severity: 'error',
            module,
            file: txtRel,
            line: modulesTxt.workspaceLine ?? 1,
            title: 'vendor/ was written for the other mode',
            message: root.kind === 'workspace'
                ? `In workspace mode, but ${txtRel} is not for a workspace (no "## workspace" line): the go command ignores this vendor directory.`
                : `Outside workspace mode, but ${txtRel} is for a workspace ("## workspace"): the go command ignores this vendor directory.`,
            fix
        });
    }
    for (const p of consistency.problems) {
        const at = p.file && p.line ? { file: p.file, line: p.line } : { file: txtRel, line: p.modulesTxtLine };
        findings.push({
            rule: 'vendor-inconsistent',
            severity: 'error',
            module,
            ...at,
            title: `Inconsistent vendoring: ${p.module.path}`,
            message: `${p.goLine.trim()}${p.modulesTxtLine ? ` (${txtRel}:${p.modulesTxtLine})` : ''}`,
            fix
        });
    }
    for (const ig of modulesTxt.ignored) {
        findings.push({
            rule: 'modules-txt-ignored-line',
            severity: 'warning',
            module,
            file: txtRel,
            line: ig.line,
            message: `The go command ignores this line of modules.txt (${ig.reason}): ${JSON.stringify(ig.text)}.`,
            fix
        });
    }
    const tree = await walkVendorTree(vendorDir);
    const symlinks = [...tree.entries()]
        .filter(([, e]) => e.kind === 'symlink')
        .map(([p]) => p)
        .sort();
    for (const p of symlinks) {
        const owner = moduleOfVendoredPath(modulesTxt, p);
        findings.push({
            rule: 'vendor-symlink',
            severity: 'error',
            module,
            file: rootRelative(root, `vendor/${p}`),
            title: 'Symlink in vendor/',
            message: `vendor/${p} is a symlink (to ${tree.get(p).target})${owner ? ` in ${owner.path}@${owner.version}` : ''}: ${SYNC(root)} copies regular files only, so it would drop this link and the tree is not what the go command produces.`,
            fix
        });
    }
    // Every package modules.txt lists must have its directory in vendor/: a missing one fails the build
    // of anything that imports it, and is visible without regenerating.
    const dirs = new Set();
    for (const p of tree.keys())
        for (let i = p.lastIndexOf('/'); i > 0; i = p.lastIndexOf('/', i - 1))
            dirs.add(p.slice(0, i));
    for (const e of modulesTxt.entries) {
        for (const pkg of e.packages) {
            if (dirs.has(pkg.path))
                continue;
            findings.push({
                rule: 'vendor-package-missing',
                severity: 'error',
                module,
                file: txtRel,
                line: pkg.line,
                title: `Vendored package missing: ${pkg.path}`,
                message: `${txtRel}:${pkg.line} lists package ${pkg.path} of ${e.path}@${e.version}, but vendor/${pkg.path} does not exist.`,
                fix
            });
        }
    }
    return { modulesTxt, modulesTxtText: text, consistency, tree, findings, symlinks };
}

;// CONCATENATED MODULE: ./actions/vendor-consistency/src/workspace-copy.ts



// Never copied into the scratch workspace: version control, JS deps.
const SKIP_COPY = new Set(['.git', 'node_modules', '.hg', '.svn']);
/**
 * Copies what `go work vendor` reads into `scratch`, keeping every directory
 * at the same place relative to the others: the go.work directory (without
 * its vendor/), every module it uses and every directory replacement of the
 * go.work and of those modules' go.mod files. Relative paths (`use ../lib`,
 * `=> ../fork`) therefore resolve in the copy as in the checkout, and
 * vendor/modules.txt records them as go would there. Only directories inside
 * the workspace are copied. Returns the go.work directory in the copy.
 */
async function copyGoWorkspace(work, workspace, scratch) {
    const dirs = await directoriesGoReads(work);
    for (const d of dirs) {
        if (!isInside(workspace, d)) {
            throw new ProjectError(`${work.file} makes go read ${toPosixRelative(workspace, d)}, outside the workspace: vendor-consistency regenerates vendor/ from copies of workspace directories only.`);
        }
    }
    const base = commonAncestor([work.dir, ...dirs]);
    // A directory inside another one on the list is copied with it.
    const roots = [...new Set([work.dir, ...dirs])].sort((a, b) => a.length - b.length).filter((d, i, all) => !all.slice(0, i).some(o => isInside(o, d)));
    const committedVendor = external_node_path_namespaceObject.join(work.dir, 'vendor');
    for (const dir of roots) {
        await external_node_fs_namespaceObject.promises.cp(dir, external_node_path_namespaceObject.join(scratch, external_node_path_namespaceObject.relative(base, dir)), {
            recursive: true,
            verbatimSymlinks: true,
            filter: src => src !== committedVendor && !SKIP_COPY.has(external_node_path_namespaceObject.basename(src))
        });
    }
    return external_node_path_namespaceObject.join(scratch, external_node_path_namespaceObject.relative(base, work.dir));
}
/** The module directories of the go.work's `use` lines and every local replacement target go follows. */
async function directoriesGoReads(work) {
    const out = [];
    const localTargets = (replaces, from) => replaces.filter(r => isLocalReplacement(r.newPath)).map(r => external_node_path_namespaceObject.resolve(from, r.newPath));
    out.push(...localTargets(work.workFile.replace, work.dir));
    for (const u of work.workFile.use) {
        const dir = external_node_path_namespaceObject.resolve(work.dir, u.path);
        out.push(dir);
        let text;
        try {
            text = await external_node_fs_namespaceObject.promises.readFile(external_node_path_namespaceObject.join(dir, 'go.mod'), 'utf8');
        }
        catch {
            continue; // go reports a use without go.mod itself, in the copy
        }
        // In workspace mode the replaces of every used module's go.mod apply too.
        out.push(...localTargets(parseModFile(text, 'go.mod').replace, dir));
    }
    return out;
}
function commonAncestor(dirs) {
    let base = dirs[0];
    while (!dirs.every(d => isInside(base, d)))
        base = external_node_path_namespaceObject.dirname(base);
    return base;
}

;// CONCATENATED MODULE: ./actions/vendor-consistency/src/regenerate.ts



/**
 * Runs the go command's own vendoring into a temp directory, never the
 * checkout. A module: `go mod vendor -modfile=<tmp>/go.mod -o <tmp>/vendor`,
 * so go.mod and go.sum are read from temp copies and any go.sum update lands
 * there. A workspace: the go.work directory and every module directory it
 * reaches (`use ../lib` included) are copied, keeping their relative places
 * (copyGoWorkspace), and `go work vendor` runs in the copy. The user's GOTOOLCHAIN
 * is left alone, so the go/toolchain lines pick the toolchain as in a build.
 */
async function regenerateVendor(go, root, opts) {
    const { workspace, tempDir, index, processEnv } = opts;
    const scratch = external_node_path_namespaceObject.join(tempDir, `regen-${index}`);
    const started = performance.now();
    const versionAsked = (cwd, env, vendored) => {
        // A failed vendoring rejects this too, and nothing more is spawned for it.
        const settled = opts.askVersion?.then(() => undefined, () => undefined);
        return (settled ? Promise.race([settled, vendored]) : vendored).then(() => runningVersion(go, cwd, env));
    };
    if (root.kind === 'module') {
        // Synchronous, so that go is spawned before this call returns: the caller's pre-check then runs
        // beside it instead of in front of it.
        (0,external_node_fs_namespaceObject.mkdirSync)(scratch, { recursive: true });
        (0,external_node_fs_namespaceObject.copyFileSync)(external_node_path_namespaceObject.join(root.dir, 'go.mod'), external_node_path_namespaceObject.join(scratch, 'go.mod'));
        try {
            (0,external_node_fs_namespaceObject.copyFileSync)(external_node_path_namespaceObject.join(root.dir, 'go.sum'), external_node_path_namespaceObject.join(scratch, 'go.sum'));
        }
        catch (err) {
            if (err.code !== 'ENOENT')
                throw err;
        }
        const vendorDir = external_node_path_namespaceObject.join(scratch, 'vendor');
        const env = { GOWORK: 'off', GOFLAGS: withoutModFlag(processEnv.GOFLAGS) };
        const args = ['mod', 'vendor', `-modfile=${external_node_path_namespaceObject.join(scratch, 'go.mod')}`, '-o', vendorDir];
        const vendored = go.run(args, { cwd: root.dir, env });
        const goVersion = versionAsked(root.dir, env, vendored);
        goVersion.catch(() => undefined); // awaited by the caller after the comparison, if the vendoring succeeded
        await settledFirst(vendored, goVersion);
        return {
            vendorDir,
            scratchDir: scratch,
            goVersion,
            command: 'go mod vendor -o <temp>',
            durationMs: performance.now() - started
        };
    }
    (0,external_node_fs_namespaceObject.mkdirSync)(scratch, { recursive: true });
    const copy = await copyGoWorkspace(root.work, workspace, external_node_path_namespaceObject.join(scratch, 'workspace'));
    const env = { GOWORK: external_node_path_namespaceObject.join(copy, 'go.work'), GOFLAGS: withoutModFlag(processEnv.GOFLAGS) };
    const vendored = go.run(['work', 'vendor'], { cwd: copy, env });
    const goVersion = versionAsked(copy, env, vendored);
    goVersion.catch(() => undefined);
    await settledFirst(vendored, goVersion);
    return {
        vendorDir: external_node_path_namespaceObject.join(copy, 'vendor'),
        scratchDir: scratch,
        goVersion,
        command: 'go work vendor (in a temp copy)',
        durationMs: performance.now() - started
    };
}
/** GOFLAGS without -mod=...: `go mod vendor` rejects it, and a CI-wide -mod=vendor is common. */
function withoutModFlag(goflags) {
    if (!goflags)
        return goflags;
    const kept = goflags.split(/\s+/).filter(f => f && !/^--?mod=/.test(f));
    return kept.join(' ');
}
/** `go env GOVERSION` in the root: the toolchain the go/toolchain lines select. */
async function runningVersion(go, cwd, env) {
    const r = await go.run(['env', 'GOVERSION'], { cwd, env, allowFailure: true });
    return r.exitCode === 0 ? r.stdout.trim().replace(/^go/, '') : await go.version();
}
/**
 * Awaits the vendoring; when it fails, first lets a version check that already started end, so that no
 * go process outlives the gate (the caller never awaits the version of a failed vendoring).
 */
async function settledFirst(vendored, goVersion) {
    try {
        await vendored;
    }
    catch (err) {
        await goVersion.catch(() => undefined);
        throw err;
    }
}

;// CONCATENATED MODULE: ./actions/vendor-consistency/src/rules.ts
/** Every finding vendor-consistency reports: the README's rule table is generated from this list. */
const RULES = [
    {
        id: 'vendor-inconsistent',
        severity: 'error',
        description: "go.mod and vendor/modules.txt disagree, as the go command's own consistency check finds (explicit marks, versions, replacements).",
        example: '`go.mod:10`: example.com/vendorc/gamma@v1.0.0: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt (vendor/modules.txt:8)'
    },
    {
        id: 'vendor-mode-mismatch',
        severity: 'error',
        description: 'vendor/modules.txt was written for workspace mode and this is not one, or the other way round: the go command ignores it.',
        example: 'Outside workspace mode, but vendor/modules.txt is for a workspace ("## workspace"): the go command ignores this vendor directory.'
    },
    {
        id: 'vendor-package-missing',
        severity: 'error',
        description: 'modules.txt lists a package whose directory is not in vendor/.',
        example: 'vendor/modules.txt:4 lists package example.com/vendorc/alpha/sub of example.com/vendorc/alpha@v1.0.0, but vendor/example.com/vendorc/alpha/sub does not exist.'
    },
    {
        id: 'modules-txt-missing',
        severity: 'error',
        description: 'vendor/ has no modules.txt.',
        example: 'vendor has no modules.txt, so the go command cannot tell which modules it holds.'
    },
    {
        id: 'modules-txt-ignored-line',
        severity: 'warning',
        description: 'A modules.txt line the go command ignores.',
        example: 'The go command ignores this line of modules.txt (module line without a version): "# example.com/broken".'
    },
    {
        id: 'vendor-symlink',
        severity: 'error',
        description: 'A symlink in vendor/ (go mod vendor copies regular files only), or vendor itself is a symlink, which the gate does not follow.',
        example: 'vendor/example.com/vendorc/alpha/COPYING is a symlink (to LICENSE) in example.com/vendorc/alpha@v1.0.0: go mod vendor copies regular files only.'
    },
    {
        id: 'vendor-file-modified',
        severity: 'error',
        description: "A vendored file differs from the module's published content (annotated at the first changed line).",
        example: "`vendor/example.com/vendorc/alpha/sub/sub.go:5`: 1 vendored file of example.com/vendorc/alpha@v1.0.0 differs from the module's published content."
    },
    {
        id: 'vendor-file-missing',
        severity: 'error',
        description: 'A file go mod vendor produces is missing from vendor/.',
        example: '1 file of example.com/vendorc/alpha@v1.0.0 that go mod vendor produces is missing from vendor/: vendor/example.com/vendorc/alpha/sub/sub.go.'
    },
    {
        id: 'vendor-file-extra',
        severity: 'error',
        description: 'A file in vendor/ that go mod vendor does not produce (unless `allow-extra` matches it).',
        example: '1 file in vendor/ of example.com/vendorc/alpha@v1.0.0 is not produced by go mod vendor: vendor/example.com/vendorc/alpha/NOTES.md.'
    },
    {
        id: 'modules-txt-modified',
        severity: 'error',
        description: 'vendor/modules.txt is not what go mod vendor writes for this go.mod.',
        example: 'vendor/modules.txt is not what go mod vendor writes for this go.mod (first difference at line 9).'
    },
    {
        id: 'toolchain-skew',
        severity: 'warning / error',
        description: 'modules.txt differs only in the "## go" annotations another Go writes (warning), or go.mod needs a Go this run cannot switch to (error).',
        example: 'modules.txt differs from what go 1.26.8 writes only in 2 "## go" annotation lines; or: go.mod requires go >= 1.99, but the go command is 1.26.8 and GOTOOLCHAIN=local forbids switching.'
    },
    {
        id: 'vendor-absent',
        severity: 'notice / error',
        description: 'The module has no vendor/ directory (an error with `require-vendor`).',
        example: 'example.com/clean has no vendor/ directory: nothing to check.'
    },
    {
        id: 'integrity-mismatch',
        severity: 'error',
        description: 'The vendored files of a module hash to another value than the integrity lock records.',
        example: 'The vendored files of example.com/vendorc/alpha@v1.0.0 hash to h1:…, but vendor.lock:3 records h1:….'
    },
    { id: 'integrity-lock-missing', severity: 'error', description: 'The `integrity-lock` file does not exist.', example: '' },
    { id: 'integrity-lock-stale', severity: 'error', description: 'The lock names modules that are not vendored, or misses some that are.', example: '' },
    { id: 'integrity-lock-malformed', severity: 'error', description: 'A line of the lock is not `<module> <version> h1:<hash>`.', example: '' }
];

;// CONCATENATED MODULE: ./actions/vendor-consistency/src/main.ts












async function execute(inputs, deps) {
    const { go, discovery, tempDir, env, workspace } = deps;
    const findings = [];
    const outcomes = [];
    const paths = pathRoots(workspace, env);
    const patchTarget = resolvePatchPath(inputs.patchPath, paths);
    const roots = vendorRoots(discovery);
    let patch = '';
    const lockFiles = [];
    const leaveToRunner = runnerEmptiesTemp(env, tempDir);
    for (const [index, root] of roots.entries()) {
        const vendorLink = await readVendorLink(root);
        const outcome = { root, present: vendorLink !== undefined || (0,external_node_fs_namespaceObject.existsSync)(vendorDirOf(root)), vendorLink };
        outcomes.push(outcome);
        if (vendorLink !== undefined) {
            findings.push(vendorLinkFinding(root, vendorLink));
            continue;
        }
        if (!outcome.present) {
            findings.push(absentFinding(root, inputs.requireVendor));
            continue;
        }
        // The go command regenerates while the offline pre-check reads the committed tree: the
        // pre-check needs nothing from it, and on a mid-size tree it is most of the gate's own time.
        let ownWorkDone = () => undefined;
        const askVersion = new Promise(resolve => (ownWorkDone = resolve));
        const regenerating = inputs.regenerate ? regenerateVendor(go, root, { workspace, tempDir, index, processEnv: env, askVersion }) : undefined;
        regenerating?.catch(() => undefined); // awaited below; a failure is handled there, not reported as unhandled meanwhile
        const t0 = performance.now();
        try {
            outcome.offline = await offlineCheck(root);
            findings.push(...outcome.offline.findings);
            if (inputs.integrityLock) {
                outcome.lock = await checkIntegrityLock(root, outcome.offline, inputs.integrityLock, paths);
                findings.push(...outcome.lock.findings);
            }
        }
        catch (err) {
            // Never leave go writing into the temp dir the gate is about to remove (nor its version check running).
            const regenerated = await regenerating?.catch(() => undefined);
            await regenerated?.goVersion.catch(() => undefined);
            throw err;
        }
        outcome.offlineMs = performance.now() - t0;
        if (!regenerating)
            continue;
        // The rest of go's run is idle time for this thread: read the committed files the comparison will need.
        const committedContents = new Map();
        let regenerated = false;
        regenerating.then(() => (regenerated = true), () => (regenerated = true));
        await prefetchCommitted(vendorDirOf(root), outcome.offline.tree, committedContents, () => !regenerated);
        ownWorkDone();
        try {
            outcome.regenerated = await regenerating;
            outcome.regenerated.goVersion.catch(() => undefined); // awaited after the comparison
        }
        catch (err) {
            const skew = toolchainRefusal(root, err);
            if (!skew)
                throw err;
            findings.push(skew);
            continue;
        }
        const compareStarted = performance.now();
        outcome.comparison = await compareVendorTrees({
            committedDir: vendorDirOf(root),
            committedTree: outcome.offline.tree,
            committedModulesTxt: outcome.offline.modulesTxt,
            regeneratedDir: outcome.regenerated.vendorDir,
            allowExtra: inputs.allowExtra,
            patchPrefix: rootRelative(root, 'vendor'),
            releaseRegenerated: !leaveToRunner,
            committedContents
        });
        if (leaveToRunner)
            await external_node_fs_namespaceObject.promises.rename(outcome.regenerated.scratchDir, `${tempDir}-regenerated-${index}`);
        outcome.compareMs = performance.now() - compareStarted;
        findings.push(...differenceFindings(root, outcome.comparison, outcome.offline.modulesTxt));
        outcome.goVersion = await outcome.regenerated.goVersion;
        if (outcome.comparison.skew)
            findings.push(skewFinding(root, outcome.comparison, outcome.goVersion));
        patch += outcome.comparison.patch;
    }
    const outputs = {};
    const count = (cls) => outcomes.reduce((n, o) => n + (o.comparison?.differences.filter(d => d.class === cls).length ?? 0), 0);
    outputs['modified-count'] = count('modified');
    outputs['missing-count'] = count('missing');
    outputs['extra-count'] = count('extra');
    outputs['symlink-count'] = outcomes.reduce((n, o) => n + (o.offline?.symlinks.length ?? 0), 0);
    outputs['inconsistent-count'] = outcomes.reduce((n, o) => n + (o.offline?.consistency.problems.length ?? 0), 0);
    if (inputs.regenerate && outcomes.some(o => o.comparison)) {
        await writeResolvedFile(patchTarget, patch);
        outputs['patch-path'] = patchTarget.path;
    }
    for (const o of outcomes)
        if (o.lock)
            lockFiles.push(await keepLock(o, paths));
    if (lockFiles.length)
        outputs['integrity-lock-path'] = lockFiles.join('\n');
    return {
        findings,
        headline: headline(outcomes, inputs),
        sections: sections(outcomes, inputs, patch, outputs['patch-path']),
        outputs,
        data: outcomes.map(o => ({
            root: o.root.relDir,
            kind: o.root.kind,
            vendor: o.present,
            offlineMs: o.offlineMs === undefined ? undefined : Math.round(o.offlineMs),
            regenerateMs: o.regenerated && Math.round(o.regenerated.durationMs),
            compareMs: o.compareMs === undefined ? undefined : Math.round(o.compareMs),
            inconsistencies: o.offline?.consistency.problems.map(p => ({
                rule: p.kind, // the report's field keeps its name
                module: p.module,
                detail: p.detail,
                file: p.file,
                line: p.line,
                modulesTxtLine: p.modulesTxtLine
            })),
            goError: o.offline?.consistency.goError(o.root.dir) || undefined,
            symlinks: o.offline?.symlinks,
            regeneratedWith: o.goVersion,
            differences: o.comparison?.differences.map(d => ({
                class: d.class,
                path: `vendor/${d.path}`,
                module: d.module,
                line: d.line,
                binary: d.binary || undefined
            })),
            skew: o.comparison?.skew,
            lock: o.lock && { file: o.lock.file, status: o.lock.status, entries: o.lock.computed, text: o.lock.computedText }
        }))
    };
}
/**
 * On an Actions runner the regenerated tree is left in RUNNER_TEMP, which the
 * runner empties after the job (a hosted runner's machine is discarded whole),
 * exactly where `go mod vendor -o "$RUNNER_TEMP/…" && diff -r` would leave it:
 * removing thousands of files the runner removes anyway cost the gate as long
 * as the comparison. Elsewhere (the CLI, a plain temp dir) it is removed.
 */
function runnerEmptiesTemp(env, tempDir) {
    const runnerTemp = env.RUNNER_TEMP;
    return env.GITHUB_ACTIONS === 'true' && Boolean(runnerTemp) && external_node_path_namespaceObject.dirname(tempDir) === external_node_path_namespaceObject.resolve(runnerTemp);
}
/** The computed lock, copied out of the temp dir (removed after the run) next to the report. */
async function keepLock(o, paths) {
    const dest = external_node_path_namespaceObject.join(paths.runnerTemp, 'go-ci-gates', 'vendor-consistency-lock', o.root.relDir === '.' ? 'root' : o.root.relDir.replace(/\//g, '__'), external_node_path_namespaceObject.basename(o.lock.file));
    await writeFileBelow(paths.runnerTemp, dest, o.lock.computedText);
    return dest;
}
/** `patch-path` is written: a file in the workspace or RUNNER_TEMP (default RUNNER_TEMP/go-ci-gates/vendor-consistency.patch). */
function resolvePatchPath(value, paths) {
    if (value)
        return resolvePathInput(value, { input: 'patch-path', use: 'write-file', roots: WORKSPACE_OR_RUNNER_TEMP }, paths);
    return { input: 'patch-path', value, path: external_node_path_namespaceObject.join(paths.runnerTemp, 'go-ci-gates', 'vendor-consistency.patch'), root: paths.runnerTemp, exists: false };
}
/** The target of a committed `vendor` that is a symlink, else undefined. */
async function readVendorLink(root) {
    const st = await external_node_fs_namespaceObject.promises.lstat(vendorDirOf(root)).catch(() => undefined);
    return st?.isSymbolicLink() ? external_node_fs_namespaceObject.promises.readlink(vendorDirOf(root)) : undefined;
}
/**
 * go mod vendor writes a real directory. A committed link could make the
 * gate read (and show in the summary and patch) a tree outside the checkout,
 * so its target is named, never read.
 */
function vendorLinkFinding(root, target) {
    const sync = root.kind === 'workspace' ? 'go work vendor' : 'go mod vendor';
    const vendor = rootRelative(root, 'vendor');
    return {
        rule: 'vendor-symlink',
        severity: 'error',
        module: root.owner.path,
        file: vendor,
        title: 'vendor/ is a symlink',
        message: `${vendor} is a symlink (to ${quoteExcerpt(target)}), not the directory ${sync} writes; the gate does not follow it, so nothing in it was checked.`,
        fix: { description: `Replace the symlink with the directory ${sync} writes`, command: sync }
    };
}
function absentFinding(root, required) {
    const sync = root.kind === 'workspace' ? 'go work vendor' : 'go mod vendor';
    return {
        rule: 'vendor-absent',
        severity: required ? 'error' : 'notice',
        module: root.owner.path,
        file: root.kind === 'workspace' ? root.work.file : root.owner.goModFile,
        line: 1,
        title: 'No vendor/ directory',
        message: required
            ? `${root.label} has no vendor/ directory, and require-vendor is true.`
            : `${root.label} has no vendor/ directory: nothing to check (set require-vendor: true to make this an error).`,
        fix: required ? { description: `Vendor the dependencies with ${sync}`, command: sync } : undefined
    };
}
/** The go command refusing to run because the go line needs a newer toolchain than it may switch to. */
function toolchainRefusal(root, err) {
    if (!(err instanceof GoCommandError))
        return undefined;
    const m = /requires go >= (\S+) \(running go (\S+); GOTOOLCHAIN=([^)]*)\)/.exec(err.stderr);
    if (!m)
        return undefined;
    return {
        rule: 'toolchain-skew',
        severity: 'error',
        module: root.owner.path,
        file: root.versionFile.file,
        line: root.versionFile.goLine,
        title: 'Go toolchain too old to regenerate vendor/',
        message: `${root.versionFile.file} requires go >= ${m[1]}, but the go command is ${m[2]} and GOTOOLCHAIN=${m[3]} forbids switching, so vendor/ cannot be regenerated to compare. Install Go ${m[1]} (actions/setup-go with go-version-file) or allow GOTOOLCHAIN=auto.`
    };
}
function skewFinding(root, cmp, goVersion) {
    const lines = cmp.skew.lines;
    const asked = root.versionFile.toolchain ?? (root.versionFile.go ? `go${root.versionFile.go}` : 'no go line');
    const newer = root.versionFile.go && compareGoVersionStrings(goVersion, root.versionFile.go) > 0;
    return {
        rule: 'toolchain-skew',
        severity: 'warning',
        module: root.owner.path,
        file: rootRelative(root, 'vendor/modules.txt'),
        line: lines[0].line,
        title: 'modules.txt written by another go version',
        message: `vendor/modules.txt differs from what go ${goVersion} writes only in ${lines.length} "## go" annotation line${lines.length === 1 ? '' : 's'} ` +
            `(e.g. line ${lines[0].line}: ${JSON.stringify(lines[0].committed)} vs ${JSON.stringify(lines[0].regenerated)}); ${root.versionFile.file} asks for ${asked}` +
            `${newer ? ', older than the go command that ran' : ''}. Packages and files match; regenerate with the toolchain the go/toolchain lines select to clear this.`
    };
}
function headline(outcomes, inputs) {
    const vendored = outcomes.filter(o => o.present);
    if (!vendored.length)
        return `No vendor/ directory in ${outcomes.length} ${outcomes.length === 1 ? 'module' : 'roots'}.`;
    const diffs = outcomes.reduce((n, o) => n + (o.comparison?.differences.filter(d => d.class !== 'allowed-extra').length ?? 0), 0);
    const problems = outcomes.reduce((n, o) => n + (o.offline?.consistency.problems.length ?? 0), 0);
    const how = inputs.regenerate
        ? `${diffs} file difference${diffs === 1 ? '' : 's'} against a fresh go mod vendor`
        : 'offline pre-check only (regenerate: false)';
    return `${vendored.length} vendor tree${vendored.length === 1 ? '' : 's'}: ${problems} modules.txt inconsistenc${problems === 1 ? 'y' : 'ies'}, ${how}.`;
}
function sections(outcomes, inputs, patch, patchPath) {
    const blocks = [{ kind: 'heading', level: 3, text: 'Vendor trees' }];
    const n = (o, cls) => (o.comparison ? o.comparison.differences.filter(d => d.class === cls).length : '–');
    blocks.push({
        kind: 'table',
        columns: ['Root', 'Mode', 'Modules', 'modules.txt vs go.mod', 'Modified', 'Missing', 'Extra', 'Symlinks', 'Regenerated with'],
        align: ['left', 'left', 'right', 'left', 'right', 'right', 'right', 'right', 'left'],
        rows: outcomes.map(o => [
            code(o.root.relDir),
            o.root.kind,
            o.offline ? o.offline.modulesTxt.entries.filter(e => e.version).length : '–',
            o.vendorLink !== undefined
                ? 'vendor/ is a symlink'
                : !o.present
                    ? 'no vendor/'
                    : o.offline.consistency.problems.length
                        ? `${o.offline.consistency.problems.length} inconsistent`
                        : 'consistent',
            n(o, 'modified'),
            n(o, 'missing'),
            n(o, 'extra'),
            o.offline ? o.offline.symlinks.length : '–',
            o.goVersion ? `go ${o.goVersion}` : inputs.regenerate ? '–' : 'skipped (regenerate: false)'
        ])
    });
    for (const o of outcomes) {
        const err = o.offline?.consistency.goError(o.root.dir);
        if (err) {
            blocks.push({ kind: 'heading', level: 4, text: `What go build -mod=vendor says in ${o.root.relDir}` });
            blocks.push({ kind: 'code', text: err.replace(o.root.dir, o.root.relDir === '.' ? '.' : o.root.relDir) });
        }
    }
    const rows = [];
    for (const o of outcomes) {
        for (const d of o.comparison?.differences ?? [])
            rows.push([d.class, d.module ? code(d.module) : '–', code(rootRelative(o.root, `vendor/${d.path}`) + (d.line ? `:${d.line}` : ''))]);
    }
    const ROW_CAP = 100;
    if (rows.length) {
        blocks.push({ kind: 'heading', level: 3, text: 'Differences from a fresh vendor/' });
        blocks.push({
            kind: 'table',
            columns: ['Class', 'Module', 'File'],
            rows: rows.slice(0, ROW_CAP),
            note: rows.length > ROW_CAP ? `${rows.length - ROW_CAP} more rows in the JSON report and the patch.` : undefined
        });
    }
    const snippet = diffSnippet(outcomes, inputs.maxDiffLines);
    if (snippet)
        blocks.push({ kind: 'details', summary: 'Diff (committed → what go mod vendor produces)', blocks: [{ kind: 'code', lang: 'diff', text: snippet }] });
    if (patchPath && patch)
        blocks.push({ kind: 'paragraph', strong: 'Full patch: ', text: `${patchPath} (apply with git apply to sync vendor/).` });
    return blocks;
}
/** modules.txt first, then the smallest text diffs, until the line budget is spent. */
function diffSnippet(outcomes, budget) {
    const diffs = outcomes.flatMap(o => o.comparison?.differences.filter(d => d.diff) ?? []);
    diffs.sort((a, b) => (a.path === 'modules.txt' ? -1 : b.path === 'modules.txt' ? 1 : a.bytes - b.bytes));
    const out = [];
    let left = budget;
    for (const d of diffs) {
        if (left <= 0)
            break;
        const lines = d.diff.trimEnd().split('\n');
        out.push(...lines.slice(0, left));
        if (lines.length > left)
            out.push(`... (${lines.length - left} more lines in the patch)`);
        left -= lines.length;
    }
    return out.join('\n');
}
const gate = {
    name: 'vendor-consistency',
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
/******/ var __webpack_exports__ = __nccwpck_require__(305);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
