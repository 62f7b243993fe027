//! Python `repr()` of compile-time constants, for `dis` listings.
//!
//! Floats use CPython's `repr` rules (shortest round-trip digits, exponent
//! notation below 1e-4 and from 1e16 on); strings pick their quote and escape
//! characters as `str.__repr__` does for the common cases.

use crate::bytecode::Constant;

pub(crate) fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".to_string(),
        Constant::Ellipsis => "Ellipsis".to_string(),
        Constant::Bool(true) => "True".to_string(),
        Constant::Bool(false) => "False".to_string(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex { real, imag } => complex_repr(*real, *imag),
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Tuple(items) => tuple_repr(items),
        Constant::FrozenSet(items) => {
            let parts: Vec<String> = items.iter().map(constant_repr).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        Constant::Code(code) => format!(
            "<code object {}, file \"{}\", line {}>",
            code.name, code.filename, code.first_line
        ),
    }
}

fn tuple_repr(items: &[Constant]) -> String {
    let parts: Vec<String> = items.iter().map(constant_repr).collect();
    if parts.len() == 1 {
        format!("({},)", parts[0])
    } else {
        format!("({})", parts.join(", "))
    }
}

/// `repr(float)`.
pub(crate) fn float_repr(f: f64) -> String {
    format_double(f, true)
}

/// `repr(complex)`: `2j`, `(1+2j)`, `(-0-1j)`.
pub fn complex_repr(real: f64, imag: f64) -> String {
    let im = format_double(imag, false);
    if real == 0.0 && real.is_sign_positive() {
        return format!("{im}j");
    }
    let re = format_double(real, false);
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({re}{sign}{im}j)")
}

/// CPython's `format_float_short` in `'r'` mode; `add_dot_zero` appends
/// `.0` to integral values (floats do, complex parts do not).
fn format_double(f: f64, add_dot_zero: bool) -> String {
    if f.is_nan() {
        return "nan".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    // `{:e}` gives the shortest digits that round-trip, as `d.ddde±x`.
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    let decpt = exp + 1;
    let body = if !(-4 < decpt && decpt <= 16) {
        let (first, rest) = digits.split_at(1);
        let frac = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{first}{frac}e{esign}{:02}", exp.abs())
    } else if decpt <= 0 {
        format!("0.{}{digits}", "0".repeat(decpt.unsigned_abs() as usize))
    } else {
        let decpt = decpt as usize;
        if decpt >= digits.len() {
            let zeros = "0".repeat(decpt - digits.len());
            let tail = if add_dot_zero { ".0" } else { "" };
            format!("{digits}{zeros}{tail}")
        } else {
            format!("{}.{}", &digits[..decpt], &digits[decpt..])
        }
    };
    format!("{sign}{body}")
}

/// `repr(str)`.
pub(crate) fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !is_printable(c) => out.push_str(&escape_char(c)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn escape_char(c: char) -> String {
    let code = u32::from(c);
    if code <= 0xff {
        format!("\\x{code:02x}")
    } else if code <= 0xffff {
        format!("\\u{code:04x}")
    } else {
        format!("\\U{code:08x}")
    }
}

/// An approximation of `str.isprintable()`: control characters, format
/// characters and non-space separators are escaped.
fn is_printable(c: char) -> bool {
    let code = u32::from(c);
    !(c.is_control()
        || code == 0xa0
        || code == 0xad
        || code == 0x1680
        || (0x2000..=0x200f).contains(&code)
        || (0x2028..=0x202f).contains(&code)
        || (0x205f..=0x206f).contains(&code)
        || code == 0x3000
        || code == 0xfeff
        || (0xd800..=0xdfff).contains(&code)
        || (0xe000..=0xf8ff).contains(&code))
}

/// `repr(bytes)`.
fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(char::from(quote));
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            q if q == quote => {
                out.push('\\');
                out.push(char::from(q));
            }
            0x20..=0x7e => out.push(char::from(byte)),
            _ => out.push_str(&format!("\\x{byte:02x}")),
        }
    }
    out.push(char::from(quote));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_like_python() {
        let cases = [
            (1.0, "1.0"),
            (0.1, "0.1"),
            (-0.0, "-0.0"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789.125, "123456789.125"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (f64::INFINITY, "inf"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2.5e300, "2.5e+300"),
        ];
        for (value, expected) in cases {
            assert_eq!(float_repr(value), expected);
        }
    }

    #[test]
    fn complex_like_python() {
        assert_eq!(complex_repr(0.0, 1.0), "1j");
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr(-0.0, -2.0), "(-0-2j)");
        assert_eq!(complex_repr(1.5, -0.5), "(1.5-0.5j)");
    }

    #[test]
    fn strings_like_python() {
        assert_eq!(str_repr("abc"), "'abc'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("both ' and \""), "'both \\' and \"'");
        assert_eq!(str_repr("a\nb\x01é"), "'a\\nb\\x01é'");
        assert_eq!(bytes_repr(b"a'\x00\xff"), "b\"a'\\x00\\xff\"");
    }
}
