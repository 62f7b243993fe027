//! The format-specification mini-language (`format(value, spec)`,
//! `str.format` fields, f-strings) exactly as CPython 3.11's
//! `Python/formatter_unicode.c`.
//!
//! Grammar: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//!
//! Errors are returned as the exact CPython message. All of them are
//! `ValueError` except those for which [`is_overflow_error`] returns true
//! (`OverflowError`). Locale-dependent `n` formatting uses the C locale
//! (no grouping, `.` decimal point), which is what CPython does unless the
//! program calls `locale.setlocale`. Width/precision digits must be ASCII
//! (CPython also accepts other Unicode decimal digits there).

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::float_repr::{double_to_string, DtoaFlags};
use super::int_ops::bigint_to_f64;

/// A parsed format specification.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// Explicit fill character (only together with an explicit `align`).
    pub fill: Option<char>,
    /// One of `<`, `>`, `^`, `=` if given.
    pub align: Option<char>,
    /// One of `+`, `-`, ` ` if given.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to positive zero (floats only).
    pub no_neg_0: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// `0` flag before the width (zero padding, sign-aware for numbers).
    pub zero: bool,
    /// Minimum field width in characters.
    pub width: Option<usize>,
    /// Thousands separator: `,` or `_`.
    pub grouping: Option<char>,
    /// Precision (digits for floats, maximum length for strings).
    pub precision: Option<usize>,
    /// Presentation type character, if given.
    pub ty: Option<char>,
}

const TOO_MANY_DIGITS: &str = "Too many decimal digits in format string";

/// Whether a message produced by this module is an `OverflowError`
/// (everything else is a `ValueError`).
pub fn is_overflow_error(msg: &str) -> bool {
    matches!(
        msg,
        "int too large to convert to float"
            | "%c arg not in range(0x110000)"
            | "Python int too large to convert to C long"
    )
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Parse a spec; the "Invalid format specifier" message names type `object`.
/// Use [`parse_typed`] to get CPython's exact message for a given type.
pub fn parse(spec: &str) -> Result<FormatSpec, String> {
    parse_typed(spec, "object")
}

/// Parse a spec for a value whose Python type name is `type_name`
/// (only used in the "Invalid format specifier" message).
pub fn parse_typed(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut f = FormatSpec::default();

    if end >= 2 && is_align(chars[1]) {
        f.fill = Some(chars[0]);
        f.align = Some(chars[1]);
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        f.align = Some(chars[0]);
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        f.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        f.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if f.fill.is_none() && pos < end && chars[pos] == '0' {
        f.zero = true;
        pos += 1;
    }
    f.width = get_integer(&chars, &mut pos)?;
    if pos < end && chars[pos] == ',' {
        f.grouping = Some(',');
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if f.grouping.is_some() {
            return Err("Cannot specify both ',' and '_'.".into());
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && f.grouping == Some('_') {
        return Err("Cannot specify both ',' and '_'.".into());
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        match get_integer(&chars, &mut pos)? {
            Some(p) => f.precision = Some(p),
            None => return Err("Format specifier missing precision".into()),
        }
    }
    if end - pos > 1 {
        return Err(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        ));
    }
    if end - pos == 1 {
        f.ty = Some(chars[pos]);
    }
    Ok(f)
}

fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let mut acc: i64 = 0;
    let mut n = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        let d = i64::from(d);
        if acc > (i64::MAX - d) / 10 {
            return Err(TOO_MANY_DIGITS.into());
        }
        acc = acc * 10 + d;
        *pos += 1;
        n += 1;
    }
    Ok(if n == 0 { None } else { Some(acc as usize) })
}

/// Render a presentation-type char the way CPython's error messages do.
fn code_repr(c: char) -> String {
    let u = c as u32;
    if u > 32 && u < 128 {
        c.to_string()
    } else {
        format!("\\x{u:x}")
    }
}

fn unknown_type(c: char, type_name: &str) -> String {
    format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        code_repr(c)
    )
}

/// The separator validation CPython performs at the end of parsing, with
/// the type defaulted per object kind. Returns the grouping size to use.
fn check_grouping(spec: &FormatSpec, ty: Option<char>) -> Result<usize, String> {
    let Some(sep) = spec.grouping else {
        return Ok(0);
    };
    match ty {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(3),
        Some('b' | 'o' | 'x' | 'X') if sep == '_' => Ok(4),
        Some(t) => Err(format!("Cannot specify '{sep}' with '{}'.", code_repr(t))),
    }
}

/// The pieces of a formatted number, before padding/grouping.
struct NumParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    has_decimal: bool,
    remainder: &'a str,
}

/// `_PyUnicode_InsertThousandsGrouping`: group `digits` (ASCII) from the
/// right, zero-padding so the result is at least `min_width` characters.
fn group_digits(digits: &str, min_width: i64, group: usize, sep: char) -> String {
    let d = digits.as_bytes();
    let mut min_width = min_width.max(0);
    let mut remaining = d.len() as i64;
    let mut end = d.len();
    let mut pieces: Vec<String> = Vec::new();
    let mut use_sep = false;
    let mut emit = |len: i64, remaining: i64, use_sep: bool, end: &mut usize| -> i64 {
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        let mut piece = "0".repeat(n_zeros as usize);
        let start = *end - n_chars as usize;
        piece.push_str(std::str::from_utf8(&d[start..*end]).unwrap_or(""));
        *end = start;
        if use_sep {
            piece.push(sep);
        }
        pieces.push(piece);
        n_chars
    };
    let mut broken = false;
    if group > 0 {
        loop {
            let len = (group as i64).min(remaining.max(min_width).max(1));
            let n_chars = emit(len, remaining, use_sep, &mut end);
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let len = remaining.max(min_width).max(1);
        emit(len, remaining, use_sep, &mut end);
    }
    pieces.iter().rev().map(String::as_str).collect()
}

/// `calc_number_widths` + `fill_number`.
fn fill_number(p: &NumParts, spec: &FormatSpec, default_zero_align: bool, group: usize) -> String {
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let align = match spec.align {
        Some(a) => a,
        None if spec.zero && default_zero_align => '=',
        None => '>',
    };
    let width = spec.width.map_or(-1, |w| w as i64);
    let sign = match spec.sign {
        Some('+') => Some(if p.negative { '-' } else { '+' }),
        Some(' ') => Some(if p.negative { '-' } else { ' ' }),
        _ => p.negative.then_some('-'),
    };
    let n_sign = i64::from(sign.is_some());
    let n_prefix = p.prefix.chars().count() as i64;
    let n_decimal = i64::from(p.has_decimal);
    let n_remainder = p.remainder.chars().count() as i64;
    let n_non_digit = n_sign + n_prefix + n_decimal + n_remainder;
    let min_width = if fill == '0' && align == '=' {
        width - n_non_digit
    } else {
        0
    };
    let sep = spec.grouping.unwrap_or(',');
    let grouped = if p.digits.is_empty() {
        String::new()
    } else {
        group_digits(p.digits, min_width, group, sep)
    };
    let n_padding = width - (n_non_digit + grouped.chars().count() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let pad = |n: i64| -> String { std::iter::repeat_n(fill, n as usize).collect() };
    let mut out = pad(lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(p.prefix);
    out.push_str(&pad(spad));
    out.push_str(&grouped);
    if p.has_decimal {
        out.push('.');
    }
    out.push_str(p.remainder);
    out.push_str(&pad(rpad));
    out
}

/// `format(v, spec)` for an `int`.
pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<String, String> {
    format_int_typed(v, spec, "int")
}

/// Like [`format_int`] but naming the type in errors (e.g. `bool`).
pub fn format_int_typed(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('d');
    let group = check_grouping(spec, Some(ty))?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = bigint_to_f64(v).map_err(|e| e.message().to_string())?;
            return format_float_internal(x, spec, group);
        }
        other => return Err(unknown_type(other, type_name)),
    }
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".into());
    }
    if spec.no_neg_0 {
        return Err("Negative zero coercion (z) not allowed in integer format specifier".into());
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".into());
        }
        if spec.alternate {
            return Err("Alternate form (#) not allowed with integer format specifier 'c'".into());
        }
        let x = v
            .to_i64()
            .ok_or_else(|| "Python int too large to convert to C long".to_string())?;
        let ch = u32::try_from(x)
            .ok()
            .filter(|&u| u <= 0x10ffff)
            .ok_or_else(|| "%c arg not in range(0x110000)".to_string())?;
        // Surrogates cannot be represented in a Rust string.
        let ch = char::from_u32(ch).unwrap_or('\u{fffd}');
        let rem = ch.to_string();
        let parts = NumParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &rem,
        };
        return Ok(fill_number(&parts, spec, true, group));
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude().to_str_radix(base);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumParts {
        negative: v.sign() == Sign::Minus,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    Ok(fill_number(&parts, spec, true, group))
}

/// `format(v, spec)` for a `float`.
pub fn format_float(v: f64, spec: &FormatSpec) -> Result<String, String> {
    format_float_typed(v, spec, "float")
}

/// Like [`format_float`] but naming the type in errors.
pub fn format_float_typed(v: f64, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let group = check_grouping(spec, spec.ty)?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_internal(v, spec, group)
        }
        Some(other) => Err(unknown_type(other, type_name)),
    }
}

fn format_float_internal(v: f64, spec: &FormatSpec, group: usize) -> Result<String, String> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".into());
    }
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..DtoaFlags::default()
    };
    let mut default_precision = 6;
    let mut ty = spec.ty.unwrap_or('\0');
    if ty == '\0' {
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = v;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match spec.precision {
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
        None => default_precision,
    };
    let mut buf = double_to_string(val, ty, precision, flags);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let ndig = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(ndig);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let parts = NumParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    // 'n' uses the (C) locale: no grouping.
    let group = if spec.ty == Some('n') { 0 } else { group };
    Ok(fill_number(&parts, spec, true, group))
}

/// `format(s, spec)` for a `str`.
/// `format(complex, spec)` (CPython's `format_complex_internal`): each
/// part as a float with the spec's type and precision, the imaginary one
/// always signed, then the whole padded (right-aligned by default).
/// Without a type (and precision) the parts are those of `repr`.
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, String> {
    if spec.zero || spec.fill == Some('0') {
        return Err("Zero padding is not allowed in complex format specifier".into());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment flag is not allowed in complex format specifier".into());
    }
    if let Some(t) = spec.ty {
        if !"eEfFgGn".contains(t) {
            return Err(unknown_type(t, "complex"));
        }
    }
    let body = match (spec.ty, spec.precision) {
        (None, None) if spec.sign.is_none() || spec.sign == Some('-') => {
            ouro_compiler::complex_repr(re, im)
        }
        (ty, precision) => {
            let ty = match ty {
                Some('n') | None => 'g',
                Some(t) => t,
            };
            let skip_re = spec.ty.is_none() && re == 0.0 && re.is_sign_positive();
            let parens = spec.ty.is_none() && !skip_re;
            let part = |v: f64, sign: Option<char>| {
                let inner = FormatSpec {
                    fill: None,
                    align: None,
                    sign,
                    no_neg_0: spec.no_neg_0,
                    alternate: spec.alternate,
                    zero: false,
                    width: None,
                    grouping: spec.grouping,
                    precision: Some(precision.unwrap_or(6)),
                    ty: Some(ty),
                };
                format_float(v, &inner)
            };
            let mut s = String::new();
            if parens {
                s.push('(');
            }
            if !skip_re {
                s.push_str(&part(re, spec.sign)?);
            }
            s.push_str(&part(im, Some('+'))?);
            s.push('j');
            if parens {
                s.push(')');
            }
            s
        }
    };
    let outer = FormatSpec {
        fill: spec.fill,
        align: Some(spec.align.unwrap_or('>')),
        sign: None,
        no_neg_0: false,
        alternate: false,
        zero: false,
        width: spec.width,
        grouping: None,
        precision: None,
        ty: None,
    };
    format_str(&body, &outer)
}

pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    format_str_typed(s, spec, "str")
}

/// Like [`format_str`] but naming the type in errors.
pub fn format_str_typed(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('s');
    check_grouping(spec, Some(ty))?;
    if ty != 's' {
        return Err(unknown_type(ty, type_name));
    }
    match spec.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".into()),
        Some(_) => return Err("Sign not allowed in string format specifier".into()),
        None => {}
    }
    if spec.no_neg_0 {
        return Err("Negative zero coercion (z) not allowed in string format specifier".into());
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".into());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".into());
    }
    let len = s.chars().count();
    let (body, len) = match spec.precision {
        Some(p) if p < len => {
            let cut = s.char_indices().nth(p).map_or(s.len(), |(i, _)| i);
            (&s[..cut], p)
        }
        _ => (s, len),
    };
    let total = spec.width.map_or(len, |w| w.max(len));
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let lpad = match spec.align.unwrap_or('<') {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let rpad = total - len - lpad;
    let mut out = String::with_capacity(body.len() + lpad + rpad);
    out.extend(std::iter::repeat_n(fill, lpad));
    out.push_str(body);
    out.extend(std::iter::repeat_n(fill, rpad));
    Ok(out)
}

/// `format(v, spec_text)` for an int, including parsing (exact messages).
pub fn format_int_spec(v: &BigInt, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    format_int(v, &parse_typed(spec, "int")?)
}

/// `format(v, spec_text)` for a float, including parsing (exact messages).
pub fn format_float_spec(v: f64, spec: &str) -> Result<String, String> {
    format_float(v, &parse_typed(spec, "float")?)
}

/// `format(s, spec_text)` for a str, including parsing (exact messages).
pub fn format_str_spec(s: &str, spec: &str) -> Result<String, String> {
    format_str(s, &parse_typed(spec, "str")?)
}

#[cfg(test)]
#[path = "tests/format_spec.rs"]
mod tests;
