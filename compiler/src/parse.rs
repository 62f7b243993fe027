//! Parsing: source text -> ruff AST, and parser errors -> [`CompileError`].
//!
//! The parser (`ruff_python_parser`, targeting Python 3.11) recovers from
//! errors and reports all of them; CPython stops at the first. We report the
//! first one, reworded into CPython's message where the two differ (CPython's
//! wording is what users search for and what tests compare against).

use ruff_python_ast::token::{TokenKind, Tokens};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ModModule, PythonVersion, Stmt};
use ruff_python_parser::{
    parse_unchecked, LexicalErrorType, Mode, ParseError, ParseErrorType, ParseOptions,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

use crate::error::{CompileError, ErrorKind, SourceInfo};
use crate::stack_guard;

/// Parse a whole module, failing with the first syntax error.
pub(crate) fn parse_module(info: &SourceInfo<'_>) -> Result<ModModule, CompileError> {
    let options = ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY311);
    let parsed = parse_unchecked(info.source, options);
    let tokenizer_error = tokenizer_error(info, parsed.errors(), parsed.tokens());
    let error = if tokenizer_error.is_some() {
        tokenizer_error
    } else if let Some(first) = parsed.errors().first() {
        let module = parsed.syntax().as_module();
        Some(translate(info, first, parsed.tokens(), module))
    } else {
        parsed.unsupported_syntax_errors().first().map(|first| {
            let message = first.to_string().replace('`', "'");
            info.error(message, first.range)
        })
    };
    if let Some(error) = error {
        stack_guard::drop_deep(parsed, info.source.len());
        return Err(error);
    }
    match parsed.try_into_module() {
        Some(module) => Ok(module.into_syntax()),
        None => Err(info.error("invalid syntax", TextRange::default())),
    }
}

/// Parse `eval()`'s input: a single expression.
pub(crate) fn parse_expression(info: &SourceInfo<'_>) -> Result<ast::ModExpression, CompileError> {
    let options = ParseOptions::from(Mode::Expression).with_target_version(PythonVersion::PY311);
    let parsed = parse_unchecked(info.source, options);
    let error = tokenizer_error(info, parsed.errors(), parsed.tokens()).or_else(|| {
        parsed
            .errors()
            .first()
            .map(|first| translate(info, first, parsed.tokens(), None))
    });
    if let Some(error) = error {
        stack_guard::drop_deep(parsed, info.source.len());
        return Err(error);
    }
    match parsed.into_syntax() {
        ast::Mod::Expression(e) => Ok(e),
        ast::Mod::Module(_) => Err(info.error("invalid syntax", TextRange::default())),
    }
}

/// CPython's tokenizer limits: at most 200 open brackets ("too many nested
/// parentheses"), fewer than 100 indentation levels ("too many levels of
/// indentation"), and decimal int literals of at most 4300 digits.
/// What CPython's tokenizer rejects before its parser sees the line of the
/// parser's first error: an inconsistently indented line, then the
/// nesting and literal limits.
fn tokenizer_error(
    info: &SourceInfo<'_>,
    errors: &[ParseError],
    tokens: &Tokens,
) -> Option<CompileError> {
    let first_error_line = errors
        .first()
        .map(|e| info.line_of(e.location.start().to_usize()));
    let before = |t: &CompileError| first_error_line.is_none_or(|line| t.line <= line);
    inconsistent_tabs(info, tokens)
        .filter(before)
        .or_else(|| nesting_limits(info, tokens).filter(before))
}

fn nesting_limits(info: &SourceInfo<'_>, tokens: &Tokens) -> Option<CompileError> {
    const MAX_LEVEL: usize = 200;
    const MAX_INDENT: usize = 100;
    const MAX_STR_DIGITS: usize = 4300;
    let mut indents = 0usize;
    let mut open: Vec<(char, TextRange)> = Vec::new();
    for token in tokens.iter() {
        match token.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                if open.len() >= MAX_LEVEL {
                    return Some(info.error("too many nested parentheses", token.range()));
                }
                let ch = info.source[token.range()].chars().next().unwrap_or('(');
                open.push((ch, token.range()));
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                let close = info.source[token.range()].chars().next().unwrap_or(')');
                match open.pop() {
                    None => return Some(info.error(format!("unmatched '{close}'"), token.range())),
                    Some((ch, at)) if matching(ch) != close => {
                        let (l1, l2) = (
                            info.line_of(at.start().to_usize()),
                            info.line_of(token.start().to_usize()),
                        );
                        let on = if l1 == l2 {
                            String::new()
                        } else {
                            format!(" on line {l1}")
                        };
                        let message =
                            format!("closing parenthesis '{close}' does not match opening parenthesis '{ch}'{on}");
                        return Some(info.error(message, token.range()));
                    }
                    Some(_) => {}
                }
            }
            TokenKind::Indent => {
                indents += 1;
                if indents + 1 > MAX_INDENT {
                    let message = "too many levels of indentation";
                    let mut error =
                        info.error_of_kind(ErrorKind::IndentationError, message, token.range());
                    error.col = 0;
                    return Some(error);
                }
            }
            TokenKind::Dedent => indents = indents.saturating_sub(1),
            TokenKind::Int => {
                let text = &info.source[token.range()];
                let decimal = !text.starts_with("0x")
                    && !text.starts_with("0o")
                    && !text.starts_with("0b")
                    && !text.starts_with("0X")
                    && !text.starts_with("0O")
                    && !text.starts_with("0B");
                let digits = text.chars().filter(char::is_ascii_digit).count();
                if decimal && digits > MAX_STR_DIGITS {
                    let message = format!(
                        "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has \
                         {digits} digits; use sys.set_int_max_str_digits() to increase the limit - Consider \
                         hexadecimal for huge integer literals to avoid decimal conversion limits."
                    );
                    let mut error = info.error(message, token.range());
                    error.col = 0;
                    return Some(error);
                }
            }
            _ => {}
        }
    }
    None
}

/// CPython's f-string messages for a broken replacement field, when the
/// parser's generic error falls inside an f-string.
fn fstring_field_error(
    info: &SourceInfo<'_>,
    range: TextRange,
    tokens: &Tokens,
) -> Option<&'static str> {
    let at = range.start();
    let mut depth = 0usize;
    let mut last_lbrace: Option<TextRange> = None;
    for t in tokens.iter().take_while(|t| t.start() < at) {
        match t.kind() {
            TokenKind::FStringStart => depth += 1,
            TokenKind::FStringEnd => depth = depth.saturating_sub(1),
            TokenKind::Lbrace if depth > 0 => last_lbrace = Some(t.range()),
            _ => {}
        }
    }
    if depth == 0 {
        return None;
    }
    let after = &info.source[last_lbrace?.end().to_usize()..];
    if after.trim_start().starts_with('}') {
        Some("f-string: empty expression not allowed")
    } else {
        Some("f-string: expecting '}'")
    }
}

/// The closing bracket for an opening one.
fn matching(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

/// CPython's TabError: indentation must compare the same way whether a tab
/// counts as 8 columns or as 1, e.g. a tab and 8 spaces are not the same
/// indentation. Checked at the start of every logical line.
fn inconsistent_tabs(info: &SourceInfo<'_>, tokens: &Tokens) -> Option<CompileError> {
    let mut stack = IndentStack(vec![(0, 0)]);
    let mut at_line_start = true;
    for token in tokens.iter() {
        match token.kind() {
            TokenKind::Newline => {
                at_line_start = true;
                continue;
            }
            TokenKind::Comment
            | TokenKind::NonLogicalNewline
            | TokenKind::Indent
            | TokenKind::Dedent => continue,
            _ if !at_line_start => continue,
            _ => at_line_start = false,
        }
        let offset = token.start();
        let line = info.line_of(offset.to_usize());
        if !stack.consistent(indentation(info.line_text(line))) {
            let at = TextRange::empty(offset);
            let message = "inconsistent use of tabs and spaces in indentation";
            let mut error = info.error_of_kind(ErrorKind::TabError, message, at);
            error.col = 1;
            error.end_col = 2;
            return Some(error);
        }
    }
    None
}

/// The open indentation levels, as (tabs-to-8, tabs-to-1) widths.
struct IndentStack(Vec<(u32, u32)>);

impl IndentStack {
    /// Enter a line indented by `indent`; false if the two measures of
    /// width disagree about how it compares with the open levels.
    fn consistent(&mut self, indent: (u32, u32)) -> bool {
        let Some(&(col, alt)) = self.0.last() else {
            return true;
        };
        if indent.0 == col {
            indent.1 == alt
        } else if indent.0 > col {
            self.0.push(indent);
            indent.1 > alt
        } else {
            while self.0.len() > 1 && self.0.last().is_some_and(|t| indent.0 < t.0) {
                self.0.pop();
            }
            self.0
                .last()
                .is_none_or(|t| t.0 != indent.0 || t.1 == indent.1)
        }
    }
}

/// The width of a line's indentation with tabs to the next multiple of 8,
/// and with tabs as 1 column (CPython's `col` and `altcol`).
fn indentation(line: &str) -> (u32, u32) {
    let (mut col, mut alt) = (0u32, 0u32);
    for c in line.chars() {
        match c {
            ' ' => {
                col += 1;
                alt += 1;
            }
            '\t' => {
                col = (col / 8 + 1) * 8;
                alt += 1;
            }
            '\x0c' => {
                col = 0;
                alt = 0;
            }
            _ => break,
        }
    }
    (col, alt)
}

/// Turn one parser error into the error CPython would raise for it.
fn translate(
    info: &SourceInfo<'_>,
    error: &ParseError,
    tokens: &Tokens,
    module: Option<&ModModule>,
) -> CompileError {
    let range = error.location;
    let error = translate_kind(info, error, tokens, module);
    // CPython re-tokenizes the rest of the file after a generic syntax
    // error on a later line than an unclosed bracket, and reports the
    // bracket instead, which is usually the real cause.
    if error.message == "invalid syntax" {
        if let Some(message) = fstring_field_error(info, range, tokens) {
            return info.error(message, range);
        }
        if let Some(e) = number_run_into_name(info, range, tokens) {
            return e;
        }
        if let Some((ch, at)) = unclosed_bracket(tokens, info.source) {
            let bracket_line = info.line_of(at.start().to_usize());
            if bracket_line < info.line_of(range.start().to_usize()) {
                return info.error(format!("'{ch}' was never closed"), at);
            }
        }
        // CPython underlines just the offending token.
        if let Some(token) = tokens.after(range.start()).first() {
            if token.start() == range.start() && !token.range().is_empty() {
                return info.error("invalid syntax", token.range());
            }
        }
    }
    error
}

fn translate_kind(
    info: &SourceInfo<'_>,
    error: &ParseError,
    tokens: &Tokens,
    module: Option<&ModModule>,
) -> CompileError {
    let range = error.location;
    let target_name = || module.map_or("expression", |m| expr_name_at(m, range).0);
    match &error.error {
        ParseErrorType::Lexical(lexical) => translate_lexical(info, lexical, range, tokens),
        ParseErrorType::UnexpectedIndentation => {
            // CPython's offset is the width of the indentation.
            let end = range.end().max(range.start() + TextSize::new(1));
            let at = TextRange::at(end - TextSize::new(1), TextSize::new(1));
            info.error_of_kind(ErrorKind::IndentationError, "unexpected indent", at)
        }
        ParseErrorType::OtherError(msg) if msg.starts_with("Expected an indented block") => {
            indented_block_error(info, msg, range, tokens)
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Else,
            ..
        } => {
            let start = module.and_then(|m| if_expr_before(m, range.start()));
            let at = start.map_or(range, |s| TextRange::new(s, range.end()));
            info.error("expected 'else' after 'if' expression", at)
        }
        ParseErrorType::ExpectedToken { expected, found } => {
            expected_token_error(info, *expected, *found, range, tokens)
        }
        ParseErrorType::InvalidAssignmentTarget
            if module.is_some_and(|m| expr_name_at(m, range).0 == "yield expression") =>
        {
            info.error("assignment to yield expression not possible", range)
        }
        ParseErrorType::InvalidAssignmentTarget => {
            let (name, simple_assign) =
                module.map_or(("expression", false), |m| expr_name_at(m, range));
            let suffix = if simple_assign && !matches!(name, "None" | "True" | "False") {
                " here. Maybe you meant '==' instead of '='?"
            } else {
                ""
            };
            info.error(format!("cannot assign to {name}{suffix}"), range)
        }
        ParseErrorType::InvalidNamedAssignmentTarget => info.error(
            format!("cannot use assignment expressions with {}", target_name()),
            range,
        ),
        ParseErrorType::InvalidAugmentedAssignmentTarget => info.error(
            format!(
                "'{}' is an illegal expression for augmented assignment",
                target_name()
            ),
            range,
        ),
        ParseErrorType::InvalidDeleteTarget => {
            info.error(format!("cannot delete {}", target_name()), range)
        }
        ParseErrorType::OtherError(msg) if msg.starts_with("Expected `except` or `finally`") => {
            info.error("expected 'except' or 'finally' block", range)
        }
        ParseErrorType::OtherError(msg) if msg.starts_with("Cannot have both 'except'") => info
            .error(
                "cannot have both 'except' and 'except*' on the same 'try'",
                range,
            ),
        ParseErrorType::SimpleStatementsOnSameLine => same_line_error(info, range, tokens)
            .unwrap_or_else(|| info.error("invalid syntax", range)),
        other => info.error(simple_message(other), range),
    }
}

/// Two statements on one line, as CPython's grammar explains the usual
/// causes: Python 2's `print x` / `exec x`, or a number run into a name
/// (`1_`, `12abc`, `1e`), which its tokenizer rejects as a bad literal.
fn same_line_error(
    info: &SourceInfo<'_>,
    range: TextRange,
    tokens: &Tokens,
) -> Option<CompileError> {
    let before = tokens.before(range.start());
    let prev = before.last()?;
    let text = &info.source[prev.range()];
    let starts_statement = before.len() < 2
        || matches!(
            before[before.len() - 2].kind(),
            TokenKind::Newline
                | TokenKind::NonLogicalNewline
                | TokenKind::Indent
                | TokenKind::Dedent
                | TokenKind::Semi
        );
    if prev.kind() == TokenKind::Name && starts_statement && matches!(text, "print" | "exec") {
        let line_text = info.line_text(info.line_of(prev.start().to_usize()));
        let col = info.source[..prev.start().to_usize()]
            .rfind('\n')
            .map_or(prev.start().to_usize(), |nl| {
                prev.start().to_usize() - nl - 1
            });
        let rest = line_text.get(col..).unwrap_or("").trim_end();
        let end = prev.start() + TextSize::try_from(rest.len()).unwrap_or_default();
        let at = TextRange::new(prev.start(), end.max(range.end()));
        return Some(info.error(
            format!("Missing parentheses in call to '{text}'. Did you mean {text}(...)?"),
            at,
        ));
    }
    number_run_into_name(info, range, tokens)
}

/// A number literal with a name run into it (`1_`, `12abc`, `1e`, `0x1g`),
/// which CPython's tokenizer rejects as a bad literal.
fn number_run_into_name(
    info: &SourceInfo<'_>,
    range: TextRange,
    tokens: &Tokens,
) -> Option<CompileError> {
    let prev = tokens.before(range.start()).last()?;
    let text = &info.source[prev.range()];
    if matches!(
        prev.kind(),
        TokenKind::Int | TokenKind::Float | TokenKind::Complex
    ) && prev.end() == range.start()
    {
        let kind = literal_kind(text);
        let next = info.source[range.start().to_usize()..].chars().next();
        if let (Some(c @ '0'..='9'), "octal" | "binary") = (next, kind) {
            let at = TextRange::at(range.start(), TextSize::new(1));
            return Some(info.error(format!("invalid digit '{c}' in {kind} literal"), at));
        }
        // CPython points at the literal's last character, or at an
        // underscore that no digit follows.
        let at = if next == Some('_') {
            TextRange::at(range.start(), TextSize::new(1))
        } else {
            TextRange::at(prev.end() - TextSize::new(1), TextSize::new(1))
        };
        return Some(info.error(format!("invalid {kind} literal"), at));
    }
    None
}

/// CPython's name for the kind of a numeric literal: "decimal",
/// "hexadecimal", "octal", "binary" or "imaginary".
fn literal_kind(text: &str) -> &'static str {
    let lower = text.to_ascii_lowercase();
    if lower.starts_with("0x") {
        "hexadecimal"
    } else if lower.starts_with("0o") {
        "octal"
    } else if lower.starts_with("0b") {
        "binary"
    } else if lower.ends_with('j') {
        "imaginary"
    } else {
        "decimal"
    }
}

/// A prefixed integer literal with no valid digit (`0x`, `0o8`, `0b2`).
fn bad_prefixed_literal(info: &SourceInfo<'_>, range: TextRange) -> Option<CompileError> {
    let text = info.source.get(range.start().to_usize()..)?;
    let kind = literal_kind(text.get(..2)?);
    let radix = match kind {
        "octal" => 8,
        "binary" => 2,
        "hexadecimal" => 16,
        _ => return None,
    };
    let next = text[2..].chars().next();
    match next {
        Some(c) if c.is_ascii_digit() && c.to_digit(10).is_some_and(|d| d >= radix) => {
            let at = TextRange::at(range.start() + TextSize::new(2), TextSize::new(1));
            Some(info.error(format!("invalid digit '{c}' in {kind} literal"), at))
        }
        _ => Some(info.error(format!("invalid {kind} literal"), range)),
    }
}

/// Messages that need no context beyond the error kind.
fn simple_message(error: &ParseErrorType) -> String {
    let text = match error {
        ParseErrorType::PositionalAfterKeywordArgument => {
            "positional argument follows keyword argument"
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => {
            "positional argument follows keyword argument unpacking"
        }
        ParseErrorType::InvalidArgumentUnpackingOrder => {
            "iterable argument unpacking follows keyword argument unpacking"
        }
        ParseErrorType::IterableUnpackingInComprehension => {
            "iterable unpacking cannot be used in comprehension"
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            "Generator expression must be parenthesized"
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            "non-default argument follows default argument"
        }
        ParseErrorType::ExpectedKeywordParam => "named arguments must follow bare *",
        ParseErrorType::VarParameterWithDefault => {
            "var-positional argument cannot have default value"
        }
        ParseErrorType::ParamAfterVarKeywordParam => "arguments cannot follow var-keyword argument",
        ParseErrorType::FStringError(e) => return fstring_message(e),
        _ => "invalid syntax",
    };
    text.to_string()
}

fn translate_lexical(
    info: &SourceInfo<'_>,
    error: &LexicalErrorType,
    range: TextRange,
    tokens: &Tokens,
) -> CompileError {
    match error {
        LexicalErrorType::IndentationError => unindent_error(info, range),
        LexicalErrorType::Eof => match unclosed_bracket(tokens, info.source) {
            Some((ch, at)) => info.error(format!("'{ch}' was never closed"), at),
            None => info.error("unexpected EOF while parsing", range),
        },
        LexicalErrorType::UnclosedStringError => unterminated_string(info, range),
        LexicalErrorType::UnrecognizedToken { tok } if !tok.is_ascii() => info.error(
            format!("invalid character '{tok}' (U+{:04X})", u32::from(*tok)),
            range,
        ),
        LexicalErrorType::OtherError(msg) if msg.contains("ParseIntError") => {
            bad_prefixed_literal(info, range).unwrap_or_else(|| info.error("invalid syntax", range))
        }
        LexicalErrorType::OtherError(msg) if msg.contains("Invalid decimal integer") => info.error(
            "leading zeros in decimal integer literals are not permitted; \
                 use an 0o prefix for octal integers",
            range,
        ),
        LexicalErrorType::LineContinuationError => info.error(
            "unexpected character after line continuation character",
            range,
        ),
        LexicalErrorType::FStringError(e) => info.error(fstring_message(e), range),
        LexicalErrorType::UnicodeError
        | LexicalErrorType::MissingUnicodeLbrace
        | LexicalErrorType::MissingUnicodeRbrace => {
            info.error(escape_message(info, range, tokens), range)
        }
        LexicalErrorType::InvalidByteLiteral => {
            info.error("bytes can only contain ASCII literal characters", range)
        }
        _ => info.error("invalid syntax", range),
    }
}

/// CPython's message for a bad escape in a string literal: the codec's
/// "truncated \\xXX escape" with byte positions in the literal's body, or
/// "malformed \\N character escape".
fn escape_message(info: &SourceInfo<'_>, range: TextRange, tokens: &Tokens) -> String {
    let at = range.start().to_usize();
    let string_at = |t: &&ruff_python_ast::token::Token| {
        t.kind() == TokenKind::String && t.start().to_usize() <= at && at <= t.end().to_usize()
    };
    let Some(token) = tokens.iter().find(string_at) else {
        return "(unicode error) malformed \\N character escape".to_string();
    };
    let text = &info.source[token.range()];
    let body_start = text.find(['\'', '"']).map_or(0, |q| {
        let quote = &text[q..];
        q + if quote.starts_with("'''") || quote.starts_with("\"\"\"") {
            3
        } else {
            1
        }
    });
    let body = &text[body_start..];
    let Some(slash) = body
        .find("\\x")
        .or_else(|| body.find("\\u"))
        .or_else(|| body.find("\\U"))
    else {
        return "(unicode error) malformed \\N character escape".to_string();
    };
    let kind = &body[slash + 1..slash + 2];
    let want = match kind {
        "x" => 2,
        "u" => 4,
        _ => 8,
    };
    let hex = body[slash + 2..]
        .chars()
        .take(want)
        .take_while(char::is_ascii_hexdigit)
        .count();
    let name = match kind {
        "x" => "truncated \\xXX escape",
        "u" => "truncated \\uXXXX escape",
        _ => "truncated \\UXXXXXXXX escape",
    };
    format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {name}",
        slash,
        slash + 1 + hex
    )
}

/// CPython points just past the end of the badly dedented line.
fn unindent_error(info: &SourceInfo<'_>, range: TextRange) -> CompileError {
    let line = info.line_of(range.start().to_usize());
    let mut error = info.error_of_kind(
        ErrorKind::IndentationError,
        "unindent does not match any outer indentation level",
        range,
    );
    error.col = u32::try_from(info.line_text(line).chars().count() + 1).unwrap_or(u32::MAX);
    error.end_col = error.col + 1;
    error
}

fn fstring_message(e: &ruff_python_parser::InterpolatedStringErrorType) -> String {
    use ruff_python_parser::InterpolatedStringErrorType as E;
    match e {
        E::InvalidConversionFlag => {
            "f-string: invalid conversion character: expected 's', 'r', or 'a'".to_string()
        }
        E::UnclosedLbrace => "f-string: expecting '}'".to_string(),
        E::SingleRbrace => "f-string: single '}' is not allowed".to_string(),
        other => format!("f-string: {}", other.to_string().replace('`', "'")),
    }
}

/// CPython: "unterminated string literal (detected at line N)", or the
/// triple-quoted variant which is detected at the end of the file.
fn unterminated_string(info: &SourceInfo<'_>, range: TextRange) -> CompileError {
    let text = info.source.get(range.start().to_usize()..).unwrap_or("");
    let body = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let triple = body.starts_with("'''") || body.starts_with("\"\"\"");
    let at = TextRange::at(range.start(), TextSize::new(0));
    if triple {
        let last = info.line_count();
        let msg = format!("unterminated triple-quoted string literal (detected at line {last})");
        info.error(msg, at)
    } else {
        let line = info.line_of(range.start().to_usize());
        info.error(
            format!("unterminated string literal (detected at line {line})"),
            at,
        )
    }
}

/// The innermost bracket still open at the end of the token stream.
fn unclosed_bracket(tokens: &Tokens, source: &str) -> Option<(char, TextRange)> {
    let mut open: Vec<TextRange> = Vec::new();
    for token in tokens.iter() {
        match token.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => open.push(token.range()),
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                open.pop();
            }
            _ => {}
        }
    }
    let at = *open.first()?;
    let ch = source.get(at.start().to_usize()..)?.chars().next()?;
    Some((ch, at))
}

fn expected_token_error(
    info: &SourceInfo<'_>,
    expected: TokenKind,
    found: TokenKind,
    range: TextRange,
    tokens: &Tokens,
) -> CompileError {
    if found == TokenKind::EndOfFile {
        if let Some((ch, at)) = unclosed_bracket(tokens, info.source) {
            return info.error(format!("'{ch}' was never closed"), at);
        }
    }
    match expected {
        TokenKind::Colon if matches!(found, TokenKind::Comma | TokenKind::Rbrace) => {
            let key = tokens
                .before(range.start())
                .last()
                .map_or(range, |t| t.range());
            info.error("':' expected after dictionary key", key)
        }
        // CPython's grammar asks for the colon outright after `def ...`,
        // `try`, `else` and `finally`, and otherwise only at a line's end.
        TokenKind::Colon => {
            let before = tokens.before(range.start());
            let prev = before.last().map(|t| t.kind());
            let line_start = before
                .iter()
                .rposition(|t| {
                    matches!(
                        t.kind(),
                        TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
                    )
                })
                .map_or(0, |i| i + 1);
            let first = before.get(line_start).map(|t| t.kind());
            let second = before.get(line_start + 1).map(|t| t.kind());
            let is_def = first == Some(TokenKind::Def)
                || (first == Some(TokenKind::Async) && second == Some(TokenKind::Def));
            if found == TokenKind::Equal
                && matches!(
                    first,
                    Some(TokenKind::If | TokenKind::Elif | TokenKind::While)
                )
            {
                // Underlined from the name to the value: `x = 1`.
                let start = before.last().map_or(range.start(), |t| t.start());
                let after = tokens.after(range.end());
                let end = after
                    .iter()
                    .take_while(|t| !matches!(t.kind(), TokenKind::Colon | TokenKind::Newline))
                    .last()
                    .map_or(range.end(), |t| t.end());
                info.error(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    TextRange::new(start, end),
                )
            } else if found == TokenKind::Newline
                || is_def
                || matches!(
                    prev,
                    Some(TokenKind::Try | TokenKind::Else | TokenKind::Finally)
                )
            {
                info.error("expected ':'", range)
            } else {
                info.error("invalid syntax", range)
            }
        }
        TokenKind::Comma if is_augmented_assign(found) => {
            // Underlined: the target tuple, from the statement's start.
            let before = tokens.before(range.start());
            let start = before
                .iter()
                .rposition(|t| {
                    matches!(
                        t.kind(),
                        TokenKind::Newline
                            | TokenKind::Indent
                            | TokenKind::Dedent
                            | TokenKind::Semi
                    )
                })
                .and_then(|i| before.get(i + 1))
                .or(before.first())
                .map_or(range.start(), |t| t.start());
            let end = before.last().map_or(range.start(), |t| t.end());
            info.error(
                "'tuple' is an illegal expression for augmented assignment",
                TextRange::new(start, end),
            )
        }
        TokenKind::Indent => info.error_of_kind(
            ErrorKind::IndentationError,
            "expected an indented block",
            range,
        ),
        TokenKind::Dedent => unindent_error(info, range),
        _ => info.error("invalid syntax", range),
    }
}

/// `+=` and the other augmented assignment operators.
fn is_augmented_assign(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::PlusEqual
            | TokenKind::MinusEqual
            | TokenKind::StarEqual
            | TokenKind::SlashEqual
            | TokenKind::DoubleSlashEqual
            | TokenKind::PercentEqual
            | TokenKind::DoubleStarEqual
            | TokenKind::AtEqual
            | TokenKind::AmperEqual
            | TokenKind::VbarEqual
            | TokenKind::CircumflexEqual
            | TokenKind::LeftShiftEqual
            | TokenKind::RightShiftEqual
    )
}

/// ruff: "Expected an indented block after `if` statement"; CPython:
/// "expected an indented block after 'if' statement on line 1".
fn indented_block_error(
    info: &SourceInfo<'_>,
    msg: &str,
    range: TextRange,
    tokens: &Tokens,
) -> CompileError {
    let mut text = msg.replace('`', "'").replace(" clause", " statement");
    text = text.replace("'class' definition", "class definition");
    if let Some(rest) = text.strip_prefix('E') {
        text = format!("e{rest}");
    }
    if let Some(line) = header_line(tokens, range.start(), info) {
        text = format!("{text} on line {line}");
    }
    info.error_of_kind(ErrorKind::IndentationError, text, range)
}

/// The first line of the compound-statement header that ends just before
/// `offset` (the header's `:` is the last colon before it).
fn header_line(tokens: &Tokens, offset: TextSize, info: &SourceInfo<'_>) -> Option<u32> {
    let before = tokens.before(offset);
    let colon = before.iter().rposition(|t| t.kind() == TokenKind::Colon)?;
    let boundary = before[..colon].iter().rposition(|t| {
        matches!(
            t.kind(),
            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
        )
    });
    let first = before
        .get(boundary.map_or(0, |b| b + 1)..colon)?
        .iter()
        .find(|t| !matches!(t.kind(), TokenKind::Comment | TokenKind::NonLogicalNewline))?;
    Some(info.line_of(first.start().to_usize()))
}

/// CPython's name for the expression at exactly `range` (as in "cannot
/// assign to function call"), found by walking the recovered AST, and
/// whether it is the only target of a plain `=` assignment.
fn expr_name_at(module: &ModModule, range: TextRange) -> (&'static str, bool) {
    let mut finder = Finder {
        range,
        found: None,
        simple_assign: false,
    };
    finder.visit_body(&module.body);
    (finder.found.unwrap_or("expression"), finder.simple_assign)
}

struct Finder {
    range: TextRange,
    found: Option<&'static str>,
    simple_assign: bool,
}

impl<'a> Visitor<'a> for Finder {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::Assign(assign) = stmt {
            if let [target] = &assign.targets[..] {
                let plain = !matches!(target, Expr::Tuple(_) | Expr::List(_) | Expr::Starred(_));
                if plain && target.range() == self.range {
                    self.simple_assign = true;
                }
            }
        }
        stack_guard::with_stack(|| visitor::walk_stmt(self, stmt));
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.found.is_some() {
            return;
        }
        if expr.range() == self.range {
            self.found = Some(describe_expr(expr));
            return;
        }
        stack_guard::with_stack(|| visitor::walk_expr(self, expr));
    }
}

/// The start of the innermost conditional expression that begins before
/// `offset` and is still open there (its `else` is missing).
fn if_expr_before(module: &ModModule, offset: TextSize) -> Option<TextSize> {
    struct IfFinder {
        offset: TextSize,
        found: Option<TextSize>,
    }
    impl<'a> Visitor<'a> for IfFinder {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::If(e) = expr {
                if e.range.start() <= self.offset && self.offset <= e.range.end() + TextSize::new(1)
                {
                    self.found = Some(e.range.start());
                }
            }
            stack_guard::with_stack(|| visitor::walk_expr(self, expr));
        }
    }
    let mut finder = IfFinder {
        offset,
        found: None,
    };
    finder.visit_body(&module.body);
    finder.found
}

/// The noun CPython uses for an expression in error messages
/// (`_PyPegen_get_expr_name`).
pub(crate) fn describe_expr(expr: &Expr) -> &'static str {
    match expr {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) if b.value => "True",
        Expr::BooleanLiteral(_) => "False",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        _ => "literal",
    }
}
