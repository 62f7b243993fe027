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
mod tests {
    use super::*;

    fn int_case(v: &str, spec: &str) -> String {
        let v: BigInt = v.parse().unwrap();
        match format_int_spec(&v, spec) {
            Ok(s) => s,
            Err(e) => format!("E:{e}"),
        }
    }

    fn float_case(bits: u64, spec: &str) -> String {
        match format_float_spec(f64::from_bits(bits), spec) {
            Ok(s) => s,
            Err(e) => format!("E:{e}"),
        }
    }

    fn str_case(v: &str, spec: &str) -> String {
        match format_str_spec(v, spec) {
            Ok(s) => s,
            Err(e) => format!("E:{e}"),
        }
    }

    /// (value, spec, expected or "E:message") from CPython 3.11.
    const INT_CASES: &[(&str, &str, &str)] = &[
        ("0", "", "0"),
        ("0", "d", "0"),
        ("0", "x", "0"),
        ("0", "X", "0"),
        ("0", "#x", "0x0"),
        ("0", "#X", "0X0"),
        ("0", "#o", "0o0"),
        ("0", "#b", "0b0"),
        ("0", "b", "0"),
        ("0", "o", "0"),
        ("0", "c", "\x00"),
        ("0", "n", "0"),
        ("0", ",", "0"),
        ("0", "_", "0"),
        ("0", "_x", "0"),
        ("0", "_b", "0"),
        ("0", "#_b", "0b0"),
        ("0", ",x", "E:Cannot specify ',' with 'x'."),
        ("0", ",d", "0"),
        ("0", "08,", "0,000,000"),
        ("0", "09,", "0,000,000"),
        ("0", "010,", "00,000,000"),
        ("0", "010_", "00_000_000"),
        ("0", "012_x", "00_0000_0000"),
        ("0", "#012_x", "0x0_0000_0000"),
        ("0", "=+12_x", "+          0"),
        ("0", "+d", "+0"),
        ("0", " d", " 0"),
        ("0", "-d", "0"),
        ("0", "+", "+0"),
        ("0", " ", " 0"),
        ("0", "=10", "         0"),
        ("0", "<10", "0         "),
        ("0", "^10", "    0     "),
        ("0", "*^11", "*****0*****"),
        ("0", "0", "0"),
        ("0", "010", "0000000000"),
        ("0", "0<10", "0000000000"),
        ("0", "05", "00000"),
        ("0", "e", "0.000000e+00"),
        ("0", ".2e", "0.00e+00"),
        ("0", "f", "0.000000"),
        ("0", "%", "0.000000%"),
        ("0", ".1%", "0.0%"),
        ("0", ",.2f", "0.00"),
        ("0", "g", "0"),
        ("0", "G", "0"),
        (
            "0",
            "z",
            "E:Negative zero coercion (z) not allowed in integer format specifier",
        ),
        (
            "0",
            ".2",
            "E:Precision not allowed in integer format specifier",
        ),
        (
            "0",
            "abc",
            "E:Invalid format specifier 'abc' for object of type 'int'",
        ),
        ("0", ".", "E:Format specifier missing precision"),
        ("0", ",_", "E:Cannot specify both ',' and '_'."),
        ("0", "_,", "E:Cannot specify both ',' and '_'."),
        (
            "0",
            "#c",
            "E:Alternate form (#) not allowed with integer format specifier 'c'",
        ),
        (
            "0",
            "+c",
            "E:Sign not allowed with integer format specifier 'c'",
        ),
        ("0", "c", "\x00"),
        ("0", "10c", "         \x00"),
        (
            "0",
            "s",
            "E:Unknown format code 's' for object of type 'int'",
        ),
        (
            "0",
            "r",
            "E:Unknown format code 'r' for object of type 'int'",
        ),
        (
            "0",
            "é",
            "E:Unknown format code '\\xe9' for object of type 'int'",
        ),
        (
            "0",
            "\x00",
            "E:Unknown format code '\\x0' for object of type 'int'",
        ),
        (
            "0",
            "99999999999999999999999",
            "E:Too many decimal digits in format string",
        ),
        (
            "0",
            ".99999999999999999999999",
            "E:Too many decimal digits in format string",
        ),
        ("0", "_n", "E:Cannot specify '_' with 'n'."),
        ("0", ",n", "E:Cannot specify ',' with 'n'."),
        ("0", "#d", "0"),
        ("0", "#10x", "       0x0"),
        ("0", "0=10", "0000000000"),
        ("0", "x=10", "xxxxxxxxx0"),
        ("0", "+#010b", "+0b0000000"),
        ("0", "#06x", "0x0000"),
        ("0", " #06x", " 0x000"),
        ("0", "-#06o", "0o0000"),
        ("0", "_o", "0"),
        ("0", "_X", "0"),
        ("0", "#_X", "0X0"),
        ("0", "0>5", "00000"),
        ("0", "00", "0"),
        ("0", "01", "0"),
        ("0", "=", "0"),
        ("1", "", "1"),
        ("1", "d", "1"),
        ("1", "x", "1"),
        ("1", "X", "1"),
        ("1", "#x", "0x1"),
        ("1", "#X", "0X1"),
        ("1", "#o", "0o1"),
        ("1", "#b", "0b1"),
        ("1", "b", "1"),
        ("1", "o", "1"),
        ("1", "c", "\x01"),
        ("1", "n", "1"),
        ("1", ",", "1"),
        ("1", "_", "1"),
        ("1", "_x", "1"),
        ("1", "_b", "1"),
        ("1", "#_b", "0b1"),
        ("1", ",x", "E:Cannot specify ',' with 'x'."),
        ("1", ",d", "1"),
        ("1", "08,", "0,000,001"),
        ("1", "09,", "0,000,001"),
        ("1", "010,", "00,000,001"),
        ("1", "010_", "00_000_001"),
        ("1", "012_x", "00_0000_0001"),
        ("1", "#012_x", "0x0_0000_0001"),
        ("1", "=+12_x", "+          1"),
        ("1", "+d", "+1"),
        ("1", " d", " 1"),
        ("1", "-d", "1"),
        ("1", "+", "+1"),
        ("1", " ", " 1"),
        ("1", "=10", "         1"),
        ("1", "<10", "1         "),
        ("1", "^10", "    1     "),
        ("1", "*^11", "*****1*****"),
        ("1", "0", "1"),
        ("1", "010", "0000000001"),
        ("1", "0<10", "1000000000"),
        ("1", "05", "00001"),
        ("1", "e", "1.000000e+00"),
        ("1", ".2e", "1.00e+00"),
        ("1", "f", "1.000000"),
        ("1", "%", "100.000000%"),
        ("1", ".1%", "100.0%"),
        ("1", ",.2f", "1.00"),
        ("1", "g", "1"),
        ("1", "G", "1"),
        (
            "1",
            "z",
            "E:Negative zero coercion (z) not allowed in integer format specifier",
        ),
        (
            "1",
            ".2",
            "E:Precision not allowed in integer format specifier",
        ),
        (
            "1",
            "abc",
            "E:Invalid format specifier 'abc' for object of type 'int'",
        ),
        ("1", ".", "E:Format specifier missing precision"),
        ("1", ",_", "E:Cannot specify both ',' and '_'."),
        ("1", "_,", "E:Cannot specify both ',' and '_'."),
        (
            "1",
            "#c",
            "E:Alternate form (#) not allowed with integer format specifier 'c'",
        ),
        (
            "1",
            "+c",
            "E:Sign not allowed with integer format specifier 'c'",
        ),
        ("1", "c", "\x01"),
        ("1", "10c", "         \x01"),
        (
            "1",
            "s",
            "E:Unknown format code 's' for object of type 'int'",
        ),
        (
            "1",
            "r",
            "E:Unknown format code 'r' for object of type 'int'",
        ),
        (
            "1",
            "é",
            "E:Unknown format code '\\xe9' for object of type 'int'",
        ),
        (
            "1",
            "\x00",
            "E:Unknown format code '\\x0' for object of type 'int'",
        ),
        (
            "1",
            "99999999999999999999999",
            "E:Too many decimal digits in format string",
        ),
        (
            "1",
            ".99999999999999999999999",
            "E:Too many decimal digits in format string",
        ),
        ("1", "_n", "E:Cannot specify '_' with 'n'."),
        ("1", ",n", "E:Cannot specify ',' with 'n'."),
        ("1", "#d", "1"),
        ("1", "#10x", "       0x1"),
        ("1", "0=10", "0000000001"),
        ("1", "x=10", "xxxxxxxxx1"),
        ("1", "+#010b", "+0b0000001"),
        ("1", "_X", "1"),
        ("-1", "b", "-1"),
        ("-1", "_b", "-1"),
        ("-1", "*^11", "****-1*****"),
        ("-1", "0", "-1"),
        ("-1", "%", "-100.000000%"),
        (
            "-1",
            ".2",
            "E:Precision not allowed in integer format specifier",
        ),
        (
            "-1",
            "abc",
            "E:Invalid format specifier 'abc' for object of type 'int'",
        ),
        ("-1", ".", "E:Format specifier missing precision"),
        ("-1", "_,", "E:Cannot specify both ',' and '_'."),
        (
            "-1",
            "\x00",
            "E:Unknown format code '\\x0' for object of type 'int'",
        ),
        ("-1", "=", "-1"),
        ("7", "e", "7.000000e+00"),
        ("-7", "#b", "-0b111"),
        ("-7", "010_", "-0_000_007"),
        ("-7", "*^11", "****-7*****"),
        ("-7", "e", "-7.000000e+00"),
        ("-7", ",_", "E:Cannot specify both ',' and '_'."),
        ("-7", " #06x", "-0x007"),
        ("-7", "00", "-7"),
        ("255", "=+12_x", "+         ff"),
        ("-255", "#X", "-0XFF"),
        ("-255", "_b", "-1111_1111"),
        ("-255", ",d", "-255"),
        ("-255", "#012_x", "-0x0000_00ff"),
        ("-255", ".", "E:Format specifier missing precision"),
        (
            "-255",
            "r",
            "E:Unknown format code 'r' for object of type 'int'",
        ),
        ("1234", "08,", "0,001,234"),
        ("1234", "^10", "   1234   "),
        ("1234", "05", "01234"),
        ("1234", ",.2f", "1,234.00"),
        (
            "1234",
            "+c",
            "E:Sign not allowed with integer format specifier 'c'",
        ),
        (
            "1234",
            "r",
            "E:Unknown format code 'r' for object of type 'int'",
        ),
        (
            "1234",
            ".99999999999999999999999",
            "E:Too many decimal digits in format string",
        ),
        ("1234", "0=10", "0000001234"),
        ("-1234", "#b", "-0b10011010010"),
        ("-1234", "<10", "-1234     "),
        ("-1234", "c", "E:%c arg not in range(0x110000)"),
        ("1234567", "n", "1234567"),
        ("1234567", "012_x", "00_0012_d687"),
        ("1234567", "0<10", "1234567000"),
        ("1234567", ",_", "E:Cannot specify both ',' and '_'."),
        (
            "1234567",
            "99999999999999999999999",
            "E:Too many decimal digits in format string",
        ),
        ("-1234567890123", "", "-1234567890123"),
        ("-1234567890123", "=10", "-1234567890123"),
        (
            "-1234567890123",
            "s",
            "E:Unknown format code 's' for object of type 'int'",
        ),
        (
            "100000000000000000000",
            "010,",
            "100,000,000,000,000,000,000",
        ),
        ("100000000000000000000", "-d", "100000000000000000000"),
        ("100000000000000000000", "0<10", "100000000000000000000"),
        (
            "100000000000000000000",
            "z",
            "E:Negative zero coercion (z) not allowed in integer format specifier",
        ),
        (
            "100000000000000000000",
            ".",
            "E:Format specifier missing precision",
        ),
        ("100000000000000000000", "x=10", "100000000000000000000"),
        ("100000000000000000000", "#_X", "0X5_6BC7_5E2D_6310_0000"),
        ("100000000000000000000", "0>5", "100000000000000000000"),
        (
            "-9999999999999999999999997",
            ",x",
            "E:Cannot specify ',' with 'x'.",
        ),
        (
            "-9999999999999999999999997",
            "05",
            "-9999999999999999999999997",
        ),
        (
            "-9999999999999999999999997",
            "%",
            "-1000000000000000150726508544.000000%",
        ),
        (
            "-9999999999999999999999997",
            "+c",
            "E:Sign not allowed with integer format specifier 'c'",
        ),
        (
            "-9999999999999999999999997",
            "0>5",
            "-9999999999999999999999997",
        ),
        ("65", "#o", "0o101"),
        ("65", "b", "1000001"),
        ("65", "010_", "00_000_065"),
        ("65", " ", " 65"),
        ("65", ",_", "E:Cannot specify both ',' and '_'."),
        ("65", " #06x", " 0x041"),
        ("65", "00", "65"),
        ("1114111", "_", "1_114_111"),
        ("1114111", "+", "+1114111"),
        ("1114111", "<10", "1114111   "),
        ("1114111", ",.2f", "1,114,111.00"),
        ("1114111", "g", "1.11411e+06"),
        ("1114111", "_,", "E:Cannot specify both ',' and '_'."),
        ("1114111", "c", "\u{10ffff}"),
        (
            "1114111",
            "r",
            "E:Unknown format code 'r' for object of type 'int'",
        ),
        ("1114111", ",n", "E:Cannot specify ',' with 'n'."),
        ("1114111", "+#010b", "+0b100001111111111111111"),
        ("1114111", " #06x", " 0x10ffff"),
        ("1114112", "#_b", "0b1_0001_0000_0000_0000_0000"),
        ("1114112", " ", " 1114112"),
        (
            "1114112",
            "r",
            "E:Unknown format code 'r' for object of type 'int'",
        ),
        ("1114112", "_o", "420_0000"),
        ("9223372036854775808", "x", "8000000000000000"),
        ("9223372036854775808", "o", "1000000000000000000000"),
        ("9223372036854775808", "0", "9223372036854775808"),
        (
            "9223372036854775808",
            "+c",
            "E:Sign not allowed with integer format specifier 'c'",
        ),
        ("9223372036854775808", "_o", "10_0000_0000_0000_0000_0000"),
        ("9223372036854775808", "0>5", "9223372036854775808"),
        ("9007199254740993", "", "9007199254740993"),
        ("9007199254740993", "#x", "0x20000000000001"),
        ("9007199254740993", "*^11", "9007199254740993"),
        (
            "9007199254740993",
            "abc",
            "E:Invalid format specifier 'abc' for object of type 'int'",
        ),
        ("9007199254740993", "01", "9007199254740993"),
        ("1114112", " 0o", " 4200000"),
        ("-1234", "=9,.12E", "-1.234000000000E+03"),
        ("-1", "0_s", "E:Cannot specify '_' with 's'."),
        (
            "100000000000000000000",
            "é^+F",
            "+100000000000000000000.000000",
        ),
        (
            "100000000000000000000",
            "<0,o",
            "E:Cannot specify ',' with 'o'.",
        ),
        (
            "-7",
            ">#.4",
            "E:Precision not allowed in integer format specifier",
        ),
        (
            "1114111",
            "x=#s",
            "E:Unknown format code 's' for object of type 'int'",
        ),
        ("0", " ,%", " 0.000000%"),
        (
            "-1234567890123",
            "+#,.4",
            "E:Precision not allowed in integer format specifier",
        ),
        ("7", "_.1%", "700.0%"),
        ("7", "^z0_f", "7.000000"),
        ("-1234567890123", "0,c", "E:Cannot specify ',' with 'c'."),
        ("100000000000000000000", "+21E", "        +1.000000E+20"),
        (
            "9223372036854775808",
            "*<.12X",
            "E:Precision not allowed in integer format specifier",
        ),
        (
            "-1",
            " <z#.4d",
            "E:Precision not allowed in integer format specifier",
        ),
        ("1114111", "<0_d", "1_114_111"),
        (
            "1234",
            "+z18x",
            "E:Negative zero coercion (z) not allowed in integer format specifier",
        ),
        (
            "1114111",
            "-1.20c",
            "E:Precision not allowed in integer format specifier",
        ),
        ("1", " 0_%", " 100.000000%"),
        ("-969161423474", "+05,n", "E:Cannot specify ',' with 'n'."),
        ("-255", "x^#0.4%", "-25500.0000%"),
        ("-255", " #23n", "                   -255"),
        ("9223372036854775808", "=+#0X", "+0X8000000000000000"),
        ("1114111", "e", "1.114111e+06"),
        ("-1", "#f", "-1.000000"),
        (
            "65",
            " 6,.6",
            "E:Precision not allowed in integer format specifier",
        ),
        (
            "-9999999999999999999999997",
            "x<#n",
            "-9999999999999999999999997",
        ),
        ("-255", "z.10e", "-2.5500000000e+02"),
        (
            "704581645737",
            " 23.10d",
            "E:Precision not allowed in integer format specifier",
        ),
        ("255", "*=#019o", "0o**************377"),
        (
            "1",
            ".16s",
            "E:Unknown format code 's' for object of type 'int'",
        ),
        (
            "1",
            " ^z#X",
            "E:Negative zero coercion (z) not allowed in integer format specifier",
        ),
        ("65", "0>+#d", "+65"),
        ("1114111", "é> 13F", " 1114111.000000"),
        ("9223372036854775808", "*^-#g", "9.22337e+18"),
        ("0", "-0x", "0"),
        (
            "-1234567890123",
            "z.9n",
            "E:Precision not allowed in integer format specifier",
        ),
        ("-7", "#23e", "          -7.000000e+00"),
        ("780859791463", ">#20.7e", "       7.8085979e+11"),
        ("1114112", " <0.6F", "1114112.000000"),
        ("-1234567890123", "z019_F", "-1_234_567_890_123.000000"),
        ("63", "#,x", "E:Cannot specify ',' with 'x'."),
        ("255", "0_.3g", "255"),
        ("-1234", "0=+0_.9g", "-1_234"),
        ("100000000000000000000", "*^04", "100000000000000000000"),
        ("1", "0<6E", "1.000000E+00"),
        ("1234", "=#", "1234"),
        (
            "1114111",
            "é>z#9",
            "E:Negative zero coercion (z) not allowed in integer format specifier",
        ),
        ("1234567", ">20_F", "    1_234_567.000000"),
        (
            "-9999999999999999999999997",
            "+4d",
            "-9999999999999999999999997",
        ),
        ("-1234567890123", "13_", "-1_234_567_890_123"),
        ("7", "z6e", "7.000000e+00"),
        ("1234567", "<7", "1234567"),
        ("1114112", "#,F", "1,114,112.000000"),
        ("1", "x^+10.16g", "xxxx+1xxxx"),
        ("-1234567890123", " = 0g", "-1.23457e+12"),
        ("1114111", ">-21b", "100001111111111111111"),
        (
            "1234",
            "=.14d",
            "E:Precision not allowed in integer format specifier",
        ),
    ];
    const FLOAT_CASES: &[(u64, &str, &str)] = &[
    (0x0, "", "0.0"),
    (0x0, "e", "0.000000e+00"),
    (0x0, "E", "0.000000E+00"),
    (0x0, "f", "0.000000"),
    (0x0, "F", "0.000000"),
    (0x0, "g", "0"),
    (0x0, "G", "0"),
    (0x0, "n", "0"),
    (0x0, "%", "0.000000%"),
    (0x0, ".3", "0.0"),
    (0x0, ".0", "0e+00"),
    (0x0, ".1", "0e+00"),
    (0x0, ".3f", "0.000"),
    (0x0, ".0f", "0"),
    (0x0, ".0e", "0e+00"),
    (0x0, "#.0f", "0."),
    (0x0, "#.0e", "0.e+00"),
    (0x0, "#g", "0.00000"),
    (0x0, "#.3g", "0.00"),
    (0x0, "#", "0.0"),
    (0x0, "#.0", "0.e+00"),
    (0x0, ".2%", "0.00%"),
    (0x0, ",", "0.0"),
    (0x0, ",.2f", "0.00"),
    (0x0, "_.2f", "0.00"),
    (0x0, "_", "0.0"),
    (0x0, ",g", "0"),
    (0x0, ",e", "0.000000e+00"),
    (0x0, "015,.2f", "0,000,000,000.00"),
    (0x0, "020,", "00,000,000,000,000.0"),
    (0x0, "010", "00000000.0"),
    (0x0, "010.2f", "0000000.00"),
    (0x0, "-010.2f", "0000000.00"),
    (0x0, "+.2f", "+0.00"),
    (0x0, " .2f", " 0.00"),
    (0x0, "=+12.3f", "+      0.000"),
    (0x0, "*^15.4e", "**0.0000e+00***"),
    (0x0, "<10", "0.0       "),
    (0x0, "^10", "   0.0    "),
    (0x0, ">10", "       0.0"),
    (0x0, "z.2f", "0.00"),
    (0x0, "z", "0.0"),
    (0x0, "+z.1f", "+0.0"),
    (0x0, "z.0f", "0"),
    (0x0, ".20f", "0.00000000000000000000"),
    (0x0, ".17g", "0"),
    (0x0, ".25e", "0.0000000000000000000000000e+00"),
    (0x0, ".30f", "0.000000000000000000000000000000"),
    (0x0, ".3000000000", "E:precision too big"),
    (0x0, "d", "E:Unknown format code 'd' for object of type 'float'"),
    (0x0, "x", "E:Unknown format code 'x' for object of type 'float'"),
    (0x0, "s", "E:Unknown format code 's' for object of type 'float'"),
    (0x0, ",x", "E:Cannot specify ',' with 'x'."),
    (0x0, "_b", "E:Unknown format code 'b' for object of type 'float'"),
    (0x0, ".", "E:Format specifier missing precision"),
    (0x0, "0=12g", "000000000000"),
    (0x0, "x=12g", "xxxxxxxxxxx0"),
    (0x0, "#.5G", "0.0000"),
    (0x0, ".12", "0.0"),
    (0x0, ".16", "0.0"),
    (0x0, ".17", "0.0"),
    (0x0, "015", "0000000000000.0"),
    (0x0, "+015", "+000000000000.0"),
    (0x0, "#015.0f", "00000000000000."),
    (0x0, ",%", "0.000000%"),
    (0x0, "12n", "           0"),
    (0x0, ".3n", "0"),
    (0x0, ".2z", "E:Unknown format code 'z' for object of type 'float'"),
    (0x0, "zf", "0.000000"),
    (0x0, ".100f", "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
    (0x0, ".50e", "0.00000000000000000000000000000000000000000000000000e+00"),
    (0x0, "#.10g", "0.000000000"),
    (0x8000000000000000, "", "-0.0"),
    (0x8000000000000000, "e", "-0.000000e+00"),
    (0x8000000000000000, "E", "-0.000000E+00"),
    (0x8000000000000000, "f", "-0.000000"),
    (0x8000000000000000, "F", "-0.000000"),
    (0x8000000000000000, "g", "-0"),
    (0x8000000000000000, "G", "-0"),
    (0x8000000000000000, "n", "-0"),
    (0x8000000000000000, "%", "-0.000000%"),
    (0x8000000000000000, ".3", "-0.0"),
    (0x8000000000000000, ".0", "-0e+00"),
    (0x8000000000000000, ".1", "-0e+00"),
    (0x8000000000000000, ".3f", "-0.000"),
    (0x8000000000000000, ".0f", "-0"),
    (0x8000000000000000, ".0e", "-0e+00"),
    (0x8000000000000000, "#.0f", "-0."),
    (0x8000000000000000, "#.0e", "-0.e+00"),
    (0x8000000000000000, "#g", "-0.00000"),
    (0x8000000000000000, "#.3g", "-0.00"),
    (0x8000000000000000, "#", "-0.0"),
    (0x8000000000000000, "#.0", "-0.e+00"),
    (0x8000000000000000, ".2%", "-0.00%"),
    (0x8000000000000000, ",", "-0.0"),
    (0x8000000000000000, ",.2f", "-0.00"),
    (0x8000000000000000, "_.2f", "-0.00"),
    (0x8000000000000000, "_", "-0.0"),
    (0x8000000000000000, ",g", "-0"),
    (0x8000000000000000, ",e", "-0.000000e+00"),
    (0x8000000000000000, "015,.2f", "-000,000,000.00"),
    (0x8000000000000000, "020,", "-0,000,000,000,000.0"),
    (0x8000000000000000, "010", "-0000000.0"),
    (0x8000000000000000, "010.2f", "-000000.00"),
    (0x8000000000000000, "-010.2f", "-000000.00"),
    (0x8000000000000000, "+.2f", "-0.00"),
    (0x8000000000000000, " .2f", "-0.00"),
    (0x8000000000000000, "=+12.3f", "-      0.000"),
    (0x8000000000000000, "*^15.4e", "**-0.0000e+00**"),
    (0x8000000000000000, "<10", "-0.0      "),
    (0x8000000000000000, "^10", "   -0.0   "),
    (0x8000000000000000, ">10", "      -0.0"),
    (0x8000000000000000, "z.2f", "0.00"),
    (0x8000000000000000, "z", "0.0"),
    (0x8000000000000000, "+z.1f", "+0.0"),
    (0x8000000000000000, "z.0f", "0"),
    (0x8000000000000000, ".20f", "-0.00000000000000000000"),
    (0x8000000000000000, ".17g", "-0"),
    (0x8000000000000000, ".25e", "-0.0000000000000000000000000e+00"),
    (0x8000000000000000, ".30f", "-0.000000000000000000000000000000"),
    (0x8000000000000000, ".3000000000", "E:precision too big"),
    (0x8000000000000000, "d", "E:Unknown format code 'd' for object of type 'float'"),
    (0x8000000000000000, "x", "E:Unknown format code 'x' for object of type 'float'"),
    (0x8000000000000000, "s", "E:Unknown format code 's' for object of type 'float'"),
    (0x8000000000000000, ",x", "E:Cannot specify ',' with 'x'."),
    (0x8000000000000000, "_b", "E:Unknown format code 'b' for object of type 'float'"),
    (0x8000000000000000, ".", "E:Format specifier missing precision"),
    (0x8000000000000000, "0=12g", "-00000000000"),
    (0x8000000000000000, "x=12g", "-xxxxxxxxxx0"),
    (0x8000000000000000, "#.5G", "-0.0000"),
    (0x8000000000000000, ".12", "-0.0"),
    (0x8000000000000000, ".16", "-0.0"),
    (0x8000000000000000, ".17", "-0.0"),
    (0x8000000000000000, "015", "-000000000000.0"),
    (0x8000000000000000, "+015", "-000000000000.0"),
    (0x8000000000000000, "#015.0f", "-0000000000000."),
    (0x8000000000000000, ",%", "-0.000000%"),
    (0x8000000000000000, "12n", "          -0"),
    (0x8000000000000000, ".3n", "-0"),
    (0x8000000000000000, ".2z", "E:Unknown format code 'z' for object of type 'float'"),
    (0x8000000000000000, "zf", "0.000000"),
    (0x8000000000000000, ".100f", "-0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
    (0x8000000000000000, ".50e", "-0.00000000000000000000000000000000000000000000000000e+00"),
    (0x8000000000000000, "#.10g", "-0.000000000"),
    (0x3ff0000000000000, "", "1.0"),
    (0x3ff0000000000000, "e", "1.000000e+00"),
    (0x3ff0000000000000, "E", "1.000000E+00"),
    (0x3ff0000000000000, "f", "1.000000"),
    (0x3ff0000000000000, "F", "1.000000"),
    (0x3ff0000000000000, "g", "1"),
    (0x3ff0000000000000, "G", "1"),
    (0x3ff0000000000000, "n", "1"),
    (0x3ff0000000000000, "%", "100.000000%"),
    (0x3ff0000000000000, ".3", "1.0"),
    (0x3ff0000000000000, ".0", "1e+00"),
    (0x3ff0000000000000, ".1", "1e+00"),
    (0x3ff0000000000000, ".3f", "1.000"),
    (0x3ff0000000000000, ".0f", "1"),
    (0x3ff0000000000000, ".0e", "1e+00"),
    (0x3ff0000000000000, "#.0f", "1."),
    (0x3ff0000000000000, "#.0e", "1.e+00"),
    (0x3ff0000000000000, "#g", "1.00000"),
    (0x3ff0000000000000, "#.3g", "1.00"),
    (0x3ff0000000000000, "#", "1.0"),
    (0x3ff0000000000000, "#.0", "1.e+00"),
    (0x3ff0000000000000, ".2%", "100.00%"),
    (0x3ff0000000000000, ",", "1.0"),
    (0x3ff0000000000000, ",.2f", "1.00"),
    (0x3ff0000000000000, "_.2f", "1.00"),
    (0x3ff0000000000000, "_", "1.0"),
    (0x3ff0000000000000, ",g", "1"),
    (0x3ff0000000000000, ",e", "1.000000e+00"),
    (0x3ff0000000000000, "015,.2f", "0,000,000,001.00"),
    (0x3ff0000000000000, "020,", "00,000,000,000,001.0"),
    (0x3ff0000000000000, "010", "00000001.0"),
    (0x3ff0000000000000, "<10", "1.0       "),
    (0x3ff0000000000000, ">10", "       1.0"),
    (0x3ff0000000000000, ".", "E:Format specifier missing precision"),
    (0x3ff0000000000000, "zf", "1.000000"),
    (0xbff0000000000000, ".3", "-1.0"),
    (0xbff0000000000000, "#.3g", "-1.00"),
    (0xbff0000000000000, ",e", "-1.000000e+00"),
    (0xbff0000000000000, ".30f", "-1.000000000000000000000000000000"),
    (0xbff0000000000000, "x", "E:Unknown format code 'x' for object of type 'float'"),
    (0xbff0000000000000, "#015.0f", "-0000000000001."),
    (0x3fb999999999999a, "e", "1.000000e-01"),
    (0x3fb999999999999a, "f", "0.100000"),
    (0x3fb999999999999a, "g", "0.1"),
    (0x3fb999999999999a, "%", "10.000000%"),
    (0x3fb999999999999a, ".3f", "0.100"),
    (0x3fb999999999999a, "#", "0.1"),
    (0x3fb999999999999a, "015,.2f", "0,000,000,000.10"),
    (0x3fb999999999999a, "12n", "         0.1"),
    (0x4004000000000000, ".20f", "2.50000000000000000000"),
    (0x3fe0000000000000, "e", "5.000000e-01"),
    (0x3fe0000000000000, "010.2f", "0000000.50"),
    (0x3ff8000000000000, ".1", "2e+00"),
    (0x3ff8000000000000, "_", "1.5"),
    (0x3ff8000000000000, ".25e", "1.5000000000000000000000000e+00"),
    (0x3ff8000000000000, "0=12g", "0000000001.5"),
    (0xc004000000000000, "%", "-250.000000%"),
    (0xc004000000000000, "#g", "-2.50000"),
    (0xc004000000000000, "z", "-2.5"),
    (0xc004000000000000, ".30f", "-2.500000000000000000000000000000"),
    (0x4341c37937e08000, ".3", "1e+16"),
    (0x4341c37937e08000, ",", "1e+16"),
    (0x4341c37937e08000, "x=12g", "xxxxxxx1e+16"),
    (0x430c6bf526340000, "g", "1e+15"),
    (0x4132d687e4189375, "_b", "E:Unknown format code 'b' for object of type 'float'"),
    (0xc132d687e4189375, "e", "-1.234568e+06"),
    (0xc132d687e4189375, "%", "-123456789.100000%"),
    (0xc132d687e4189375, "#", "-1234567.891"),
    (0xc132d687e4189375, "*^15.4e", "**-1.2346e+06**"),
    (0xc132d687e4189375, "s", "E:Unknown format code 's' for object of type 'float'"),
    (0xc132d687e4189375, ".2z", "E:Unknown format code 'z' for object of type 'float'"),
    (0x3ee4f8b588e368f1, "", "1e-05"),
    (0x3ee4f8b588e368f1, "#.0e", "1.e-05"),
    (0x3ee4f8b588e368f1, "x=12g", "xxxxxxx1e-05"),
    (0x3ee4f8b588e368f1, "#.5G", "1.0000E-05"),
    (0x3f1a36e2eb1c432d, "%", "0.010000%"),
    (0x3f1a36e2eb1c432d, ",g", "0.0001"),
    (0x3f1a36e2eb1c432d, ".", "E:Format specifier missing precision"),
    (0x3f1a36e2eb1c432d, "#015.0f", "00000000000000."),
    (0x405edd2f1a9fbe77, "f", "123.456000"),
    (0x405edd2f1a9fbe77, "_.2f", "123.46"),
    (0x405edd2f1a9fbe77, "-010.2f", "0000123.46"),
    (0x405edd2f1a9fbe77, "=+12.3f", "+    123.456"),
    (0x405edd2f1a9fbe77, "z.2f", "123.46"),
    (0x405edd2f1a9fbe77, ".17g", "123.456"),
    (0x405edd2f1a9fbe77, "d", "E:Unknown format code 'd' for object of type 'float'"),
    (0x54b249ad2594c37d, "#g", "1.00000e+100"),
    (0x54b249ad2594c37d, ".17g", "1e+100"),
    (0x54b249ad2594c37d, ".2z", "E:Unknown format code 'z' for object of type 'float'"),
    (0x54b249ad2594c37d, "zf", "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000000"),
    (0xab2bff2ee48e0530, "+z.1f", "+0.0"),
    (0xab2bff2ee48e0530, ",x", "E:Cannot specify ',' with 'x'."),
    (0xab2bff2ee48e0530, ".", "E:Format specifier missing precision"),
    (0x400921fb54442d11, "010.2f", "0000003.14"),
    (0x400921fb54442d11, "z.0f", "3"),
    (0x400921fb54442d11, ".3n", "3.14"),
    (0x4005666666666666, ",", "2.675"),
    (0x4005666666666666, "x", "E:Unknown format code 'x' for object of type 'float'"),
    (0x4005666666666666, "#.10g", "2.675000000"),
    (0x3fc0000000000000, "*^15.4e", "**1.2500e-01***"),
    (0x4480f0cf064dd592, "#.0", "1.e+22"),
    (0x4480f0cf064dd592, ",g", "1e+22"),
    (0x7ff0000000000000, "", "inf"),
    (0x7ff0000000000000, "n", "inf"),
    (0x7ff0000000000000, ".3", "inf"),
    (0x7ff0000000000000, ">10", "       inf"),
    (0x7ff0000000000000, "_b", "E:Unknown format code 'b' for object of type 'float'"),
    (0xfff0000000000000, ".0e", "-inf"),
    (0xfff0000000000000, "_.2f", "-inf"),
    (0xfff0000000000000, "^10", "   -inf   "),
    (0xfff0000000000000, "0=12g", "-00000000inf"),
    (0x7ff8000000000000, "F", "NAN"),
    (0x7ff8000000000000, ".1", "nan"),
    (0x7ff8000000000000, ".2%", "nan%"),
    (0x7ff8000000000000, ".25e", "nan"),
    (0x7ff8000000000000, ".17", "nan"),
    (0x7ff8000000000000, "015", "000000000000nan"),
    (0x7ff8000000000000, "+015", "+00000000000nan"),
    (0x1, "+.2f", "+0.00"),
    (0x1, " .2f", " 0.00"),
    (0x1, "#.10g", "4.940656458e-324"),
    (0x7fefffffffffffff, "f", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000"),
    (0x7fefffffffffffff, ".0", "2e+308"),
    (0x7fefffffffffffff, " .2f", " 179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00"),
    (0x7fefffffffffffff, "s", "E:Unknown format code 's' for object of type 'float'"),
    (0x4058ffae147ae148, "n", "99.995"),
    (0x4058ffae147ae148, "015,.2f", "0,000,000,100.00"),
    (0x4058ffae147ae148, "-010.2f", "0000100.00"),
    (0x4058ffae147ae148, ".16", "99.995"),
    (0x3f202c9dedbc309d, "F", "0.000123"),
    (0x3f202c9dedbc309d, "#.3g", "0.000123"),
    (0x3f202c9dedbc309d, ">10", " 0.0001234"),
    (0x3f202c9dedbc309d, "z.0f", "0"),
    (0x3f202c9dedbc309d, ".17g", "0.00012339999999999999"),
    (0x419d6f3454000000, ".0f", "123456789"),
    (0x419d6f3454000000, "_", "123_456_789.0"),
    (0x419d6f3454000000, ".12", "123456789.0"),
    (0x419d6f3454000000, "015", "0000123456789.0"),
    (0xbee4f8b588e368f1, "g", "-1e-05"),
    (0xbee4f8b588e368f1, "#g", "-1.00000e-05"),
    (0xbee4f8b588e368f1, "_.2f", "-0.00"),
    (0xbee4f8b588e368f1, ".3000000000", "E:precision too big"),
    (0xbee4f8b588e368f1, "d", "E:Unknown format code 'd' for object of type 'float'"),
    (0xbee4f8b588e368f1, ",%", "-0.001000%"),
    (0xbee4f8b588e368f1, ".50e", "-1.00000000000000008180305391403130954586231382563710e-05"),
    (0x3fd5555555555555, "F", "0.333333"),
    (0x3fd5555555555555, ".0e", "3e-01"),
    (0x3fd5555555555555, "#.0e", "3.e-01"),
    (0x3fd5555555555555, ",g", "0.333333"),
    (0x3fd5555555555555, "020,", "000.3333333333333333"),
    (0x3fd5555555555555, ".25e", "3.3333333333333331482961626e-01"),
    (0x3fd5555555555555, "s", "E:Unknown format code 's' for object of type 'float'"),
    (0x3fd5555555555555, "#.10g", "0.3333333333"),
    (0x40c81c8000000000, "%", "1234500.000000%"),
    (0x40c81c8000000000, "*^15.4e", "**1.2345e+04***"),
    (0xc073700000000000, "-#19_.15g", "  -311.000000000000"),
    (0xc0ebba3b00c05e55, "#.0F", "-56786."),
    (0x405edd2f1a9fbe77, "z.19E", "1.2345600000000000307E+02"),
    (0x3fd5555555555555, "0< #16e", " 3.333333e-01000"),
    (0x408d135a1cac0831, ">024.4x", "E:Unknown format code 'x' for object of type 'float'"),
    (0xc08e180000000000, "0F", "-963.000000"),
    (0xc277f56d650ce028, "#019", "-1646429360334.0098"),
    (0x4044cf9db22d0e56, ">z", "41.622"),
    (0x4045fc77f4555b64, "-9.2", "  4.4e+01"),
    (0x7ff8000000000000, "é^0g", "nan"),
    (0x7fefffffffffffff, "^.13e", "1.7976931348623e+308"),
    (0x4089833333333333, "6", " 816.4"),
    (0x54b249ad2594c37d, " =#14e", " 1.000000e+100"),
    (0x3fd5555555555555, "^0", "0.3333333333333333"),
    (0x408d8ec5d7cd31c2, "^10x", "E:Unknown format code 'x' for object of type 'float'"),
    (0x4004000000000000, "0>G", "2.5"),
    (0x4058ffae147ae148, "16", "          99.995"),
    (0xc29cd1807a12d33e, "#0", "-7921532306612.811"),
    (0x434134702165a90d, " 12g", " 9.68546e+15"),
    (0x4085d7374bc6a7f0, "#1s", "E:Unknown format code 's' for object of type 'float'"),
    (0xc132d687e4189375, "+09_G", "-1.23457E+06"),
    (0x4004000000000000, "é< 021x", "E:Unknown format code 'x' for object of type 'float'"),
    (0xc244bfe6f78ebe00, "*<#04,%", "-17,823,786,166,148.437500%"),
    (0xc07810f5c28f5c29, "", "-385.06"),
    (0x3dcb1bf93a1c41b8, "=", "4.931147787306143e-11"),
    (0x3fc0000000000000, ",F", "0.125000"),
    (0xc06b18f5c28f5c29, "*<z022,e", "-2.167800e+02*********"),
    (0x42827fbcf3fff7a4, "x<z0.17x", "E:Unknown format code 'x' for object of type 'float'"),
    (0x3fad3fde93a03470, "x> z.15s", "E:Unknown format code 's' for object of type 'float'"),
    (0xc05f000000000000, "7", " -124.0"),
    (0x7fefffffffffffff, "F", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000"),
    (0xc0820deb851eb852, "0_n", "E:Cannot specify '_' with 'n'."),
    (0x405edd2f1a9fbe77, "z#06.14s", "E:Unknown format code 's' for object of type 'float'"),
    (0xc064a00000000000, "*=04d", "E:Unknown format code 'd' for object of type 'float'"),
    (0xc0f2b3d4692cd5a9, "7F", "-76605.275678"),
    (0xbff0000000000000, "> _s", "E:Cannot specify '_' with 's'."),
    (0x4341c37937e08000, "x= #01.11g", " 1.0000000000e+16"),
    (0xc067c5ba5e353f7d, "<11.14", "-190.179   "),
    (0xc0f90a9c428107eb, "*=024", "-*****102569.76623633473"),
    (0x4086880000000000, " 0d", "E:Unknown format code 'd' for object of type 'float'"),
    (0x3f1a36e2eb1c432d, "+#_F", "+0.000100"),
    (0xbf8cd7b88699c8e7, "<.20F", "-0.01408332978028110742"),
    (0x42c0b4950f394f7c, "#0G", "3.67356E+13"),
    (0xc127f9a973087b52, " z0,s", "E:Cannot specify ',' with 's'."),
    (0x4341c37937e08000, "<010G", "1E+1600000"),
    (0xc12b8ab8703a795d, "^-1,s", "E:Cannot specify ',' with 's'."),
    (0x3dd8af0dc64f8ec7, "#0", "8.979915559212151e-11"),
    (0x4058ffae147ae148, "z0.4F", "99.9950"),
    (0x40f1af35e005838e, ">z25s", "E:Unknown format code 's' for object of type 'float'"),
    (0x8000000000000000, "<#17.12E", "-0.000000000000E+00"),
    (0xc3a1b7e48ef53700, "#019%", "-63837016101666816000.000000%"),
    ];
    const STR_CASES: &[(&str, &str, &str)] = &[
        ("", "", ""),
        ("", "s", ""),
        ("", "10", "          "),
        ("", "<10", "          "),
        ("", ">10", "          "),
        ("", "^10", "          "),
        ("", "^9", "         "),
        ("", "*^9", "*********"),
        ("", "05", "00000"),
        ("", "0>5", "00000"),
        ("", ".2", ""),
        ("", ".0", ""),
        ("", "10.2", "          "),
        ("", ".10", ""),
        (
            "",
            "=5",
            "E:'=' alignment not allowed in string format specifier",
        ),
        ("", "+", "E:Sign not allowed in string format specifier"),
        ("", " ", "E:Space not allowed in string format specifier"),
        ("", "-", "E:Sign not allowed in string format specifier"),
        (
            "",
            "#",
            "E:Alternate form (#) not allowed in string format specifier",
        ),
        (
            "",
            "z",
            "E:Negative zero coercion (z) not allowed in string format specifier",
        ),
        ("", ",", "E:Cannot specify ',' with 's'."),
        ("", "_", "E:Cannot specify '_' with 's'."),
        (
            "",
            "d",
            "E:Unknown format code 'd' for object of type 'str'",
        ),
        (
            "",
            "x",
            "E:Unknown format code 'x' for object of type 'str'",
        ),
        ("", ".2s", ""),
        ("", "日<8", "日日日日日日日日"),
        ("", ">", ""),
        ("", "^", ""),
        ("", "3", "   "),
        ("", "010s", "0000000000"),
        ("", ",s", "E:Cannot specify ',' with 's'."),
        (
            "",
            "abc",
            "E:Invalid format specifier 'abc' for object of type 'str'",
        ),
        ("", ".", "E:Format specifier missing precision"),
        ("", "*<3.1", "***"),
        ("a", "", "a"),
        ("a", "s", "a"),
        ("a", "10", "a         "),
        ("a", "<10", "a         "),
        ("a", ">10", "         a"),
        ("a", "^10", "    a     "),
        ("a", "^9", "    a    "),
        ("a", "*^9", "****a****"),
        ("a", "05", "a0000"),
        ("a", "0>5", "0000a"),
        ("a", ".2", "a"),
        ("a", ".0", ""),
        ("a", "10.2", "a         "),
        ("a", ".10", "a"),
        (
            "a",
            "=5",
            "E:'=' alignment not allowed in string format specifier",
        ),
        ("a", "+", "E:Sign not allowed in string format specifier"),
        ("a", " ", "E:Space not allowed in string format specifier"),
        ("a", "-", "E:Sign not allowed in string format specifier"),
        (
            "a",
            "#",
            "E:Alternate form (#) not allowed in string format specifier",
        ),
        (
            "a",
            "z",
            "E:Negative zero coercion (z) not allowed in string format specifier",
        ),
        ("a", ",", "E:Cannot specify ',' with 's'."),
        ("a", "_", "E:Cannot specify '_' with 's'."),
        (
            "a",
            "d",
            "E:Unknown format code 'd' for object of type 'str'",
        ),
        (
            "a",
            "x",
            "E:Unknown format code 'x' for object of type 'str'",
        ),
        ("a", ".2s", "a"),
        ("a", "日<8", "a日日日日日日日"),
        ("a", "^", "a"),
        ("a", ",s", "E:Cannot specify ',' with 's'."),
        ("abc", "<10", "abc       "),
        ("abc", "^10", "   abc    "),
        ("abc", "^9", "   abc   "),
        ("abc", "*^9", "***abc***"),
        ("abc", ".2s", "ab"),
        ("hello world", "^9", "hello world"),
        ("hello world", "0>5", "hello world"),
        ("hello world", ".2", "he"),
        (
            "hello world",
            "#",
            "E:Alternate form (#) not allowed in string format specifier",
        ),
        (
            "hello world",
            "z",
            "E:Negative zero coercion (z) not allowed in string format specifier",
        ),
        ("hello world", ">", "hello world"),
        (
            "héllo",
            "z",
            "E:Negative zero coercion (z) not allowed in string format specifier",
        ),
        ("héllo", "_", "E:Cannot specify '_' with 's'."),
        (
            "héllo",
            "abc",
            "E:Invalid format specifier 'abc' for object of type 'str'",
        ),
        ("日本語", "", "日本語"),
        ("日本語", "10", "日本語       "),
        ("日本語", "<10", "日本語       "),
        ("日本語", "*^9", "***日本語***"),
        ("日本語", "05", "日本語00"),
        ("日本語", "0>5", "00日本語"),
        ("日本語", ",", "E:Cannot specify ',' with 's'."),
        ("日本語", ">", "日本語"),
        (
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            ">10",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ),
        (
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "*^9",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", ".0", ""),
        (
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "#",
            "E:Alternate form (#) not allowed in string format specifier",
        ),
        (
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            ">",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ),
        (
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            ".",
            "E:Format specifier missing precision",
        ),
        (
            "a\x09b",
            " ",
            "E:Space not allowed in string format specifier",
        ),
        (
            "a\x09b",
            "-",
            "E:Sign not allowed in string format specifier",
        ),
        ("a\x09b", "_", "E:Cannot specify '_' with 's'."),
        (
            "a",
            "<#017.8d",
            "E:Unknown format code 'd' for object of type 'str'",
        ),
        (
            "日本語",
            "-2s",
            "E:Sign not allowed in string format specifier",
        ),
        (
            "a\x09b",
            "+#d",
            "E:Unknown format code 'd' for object of type 'str'",
        ),
        ("a\x09b", "x^.8s", "a\x09b"),
        ("héllo", "018", "héllo0000000000000"),
        ("", " <s", ""),
        ("hello world", "s", "hello world"),
        (
            "a",
            "#20s",
            "E:Alternate form (#) not allowed in string format specifier",
        ),
        (
            "a\x09b",
            "-023.13d",
            "E:Unknown format code 'd' for object of type 'str'",
        ),
        ("hello world", "015_.8", "E:Cannot specify '_' with 's'."),
        ("a\x09b", "24_.4", "E:Cannot specify '_' with 's'."),
        ("日本語", "21", "日本語                  "),
        (
            "abc",
            "-3s",
            "E:Sign not allowed in string format specifier",
        ),
        (
            "",
            "é<#3.14",
            "E:Alternate form (#) not allowed in string format specifier",
        ),
        ("abc", "x>s", "abc"),
        (
            "",
            "*=z22",
            "E:Negative zero coercion (z) not allowed in string format specifier",
        ),
        (
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            ",s",
            "E:Cannot specify ',' with 's'.",
        ),
        (
            "héllo",
            "x>#2s",
            "E:Alternate form (#) not allowed in string format specifier",
        ),
        ("hello world", "-0,s", "E:Cannot specify ',' with 's'."),
        (
            "a\x09b",
            "0>+",
            "E:Sign not allowed in string format specifier",
        ),
        ("abc", "^#,s", "E:Cannot specify ',' with 's'."),
        ("abc", "é>23", "ééééééééééééééééééééabc"),
        (
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "0_s",
            "E:Cannot specify '_' with 's'.",
        ),
        ("日本語", "*<,s", "E:Cannot specify ',' with 's'."),
        ("héllo", "<0,.20s", "E:Cannot specify ',' with 's'."),
        (
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            " >#5_",
            "E:Cannot specify '_' with 's'.",
        ),
        (
            "日本語",
            "+0s",
            "E:Sign not allowed in string format specifier",
        ),
    ];

    #[test]
    fn int_table() {
        for &(v, spec, want) in INT_CASES {
            assert_eq!(int_case(v, spec), want, "format({v}, {spec:?})");
        }
    }

    #[test]
    fn float_table() {
        for &(bits, spec, want) in FLOAT_CASES {
            let x = f64::from_bits(bits);
            assert_eq!(float_case(bits, spec), want, "format({x:?}, {spec:?})");
        }
    }

    #[test]
    fn str_table() {
        for &(v, spec, want) in STR_CASES {
            assert_eq!(str_case(v, spec), want, "format({v:?}, {spec:?})");
        }
    }

    #[test]
    fn parse_fields() {
        let f = parse("*^+z#012_.3f").unwrap();
        assert_eq!(f.fill, Some('*'));
        assert_eq!(f.align, Some('^'));
        assert_eq!(f.sign, Some('+'));
        assert!(f.no_neg_0 && f.alternate);
        assert!(!f.zero);
        assert_eq!(f.width, Some(12));
        assert_eq!(f.grouping, Some('_'));
        assert_eq!(f.precision, Some(3));
        assert_eq!(f.ty, Some('f'));
        assert_eq!(
            parse("abc").unwrap_err(),
            "Invalid format specifier 'abc' for object of type 'object'"
        );
        assert!(is_overflow_error("int too large to convert to float"));
        assert!(!is_overflow_error("Invalid format specifier"));
    }

    #[test]
    fn bool_type_name() {
        let spec = parse_typed("z", "bool").unwrap();
        let spec2 = FormatSpec {
            ty: Some('s'),
            ..spec
        };
        assert_eq!(
            format_int_typed(&BigInt::from(1), &spec2, "bool").unwrap_err(),
            "Unknown format code 's' for object of type 'bool'"
        );
    }
}
