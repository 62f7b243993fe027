//! Encoding text to bytes and decoding it back: CPython's `utf-8`,
//! `ascii`, `latin-1`, `utf-16` and `utf-32` codecs (with their `-le`/`-be`
//! forms), `utf-8-sig`, `unicode_escape`, `raw_unicode_escape` and
//! `cp1252`, with the `strict`, `ignore`, `replace`,
//! `backslashreplace` and `xmlcharrefreplace` error handlers, and the
//! details of their UnicodeEncodeError/UnicodeDecodeError.

/// Why an encoding or decoding failed.
#[derive(Debug, PartialEq, Eq)]
pub enum EncodeError {
    /// `LookupError`: no such codec (or error handler).
    Lookup(String),
    /// `UnicodeEncodeError`/`UnicodeDecodeError`: the codec, the span
    /// `start..end` of characters (bytes) it could not handle, and why.
    Encode {
        codec: &'static str,
        start: usize,
        end: usize,
        reason: String,
    },
}

/// The codec's canonical name (the one its messages use), if known.
pub fn canonical(encoding: &str) -> Option<&'static str> {
    match encoding.to_ascii_lowercase().replace('_', "-").as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Some("utf-8"),
        "ascii" | "us-ascii" | "646" => Some("ascii"),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "l1" | "latin" | "cp819" => {
            Some("latin-1")
        }
        "utf-16" | "utf16" | "u16" => Some("utf-16"),
        "utf-16-le" | "utf-16le" => Some("utf-16-le"),
        "utf-16-be" | "utf-16be" => Some("utf-16-be"),
        "utf-32" | "utf32" | "u32" => Some("utf-32"),
        "utf-32-le" | "utf-32le" => Some("utf-32-le"),
        "utf-32-be" | "utf-32be" => Some("utf-32-be"),
        "cp1252" | "windows-1252" => Some("cp1252"),
        "utf-8-sig" | "utf8-sig" => Some("utf-8-sig"),
        "unicode-escape" | "unicodeescape" => Some("unicode-escape"),
        "raw-unicode-escape" | "rawunicodeescape" => Some("raw-unicode-escape"),
        _ => None,
    }
}

/// cp1252's characters for bytes 0x80..0xA0 (None: undefined).
const CP1252_HIGH: [Option<char>; 32] = [
    Some('\u{20ac}'),
    None,
    Some('\u{201a}'),
    Some('\u{0192}'),
    Some('\u{201e}'),
    Some('\u{2026}'),
    Some('\u{2020}'),
    Some('\u{2021}'),
    Some('\u{02c6}'),
    Some('\u{2030}'),
    Some('\u{0160}'),
    Some('\u{2039}'),
    Some('\u{0152}'),
    None,
    Some('\u{017d}'),
    None,
    None,
    Some('\u{2018}'),
    Some('\u{2019}'),
    Some('\u{201c}'),
    Some('\u{201d}'),
    Some('\u{2022}'),
    Some('\u{2013}'),
    Some('\u{2014}'),
    Some('\u{02dc}'),
    Some('\u{2122}'),
    Some('\u{0161}'),
    Some('\u{203a}'),
    Some('\u{0153}'),
    None,
    Some('\u{017e}'),
    Some('\u{0178}'),
];

/// How CPython shows a character in an encode error: `'\xe9'`, `'\u20ac'`,
/// `'\U0001f600'`.
pub fn escaped(c: char) -> String {
    match c as u32 {
        n if n < 0x100 => format!("'\\x{n:02x}'"),
        n if n < 0x10000 => format!("'\\u{n:04x}'"),
        n => format!("'\\U{n:08x}'"),
    }
}

/// The byte a character has in a single-byte codec, if it has one.
fn single_byte(codec: &str, c: char) -> Option<u8> {
    let n = c as u32;
    match codec {
        "ascii" => (n < 0x80).then_some(n as u8),
        "latin-1" => (n < 0x100).then_some(n as u8),
        _ => {
            if n < 0x80 || (0xA0..0x100).contains(&n) {
                return Some(n as u8);
            }
            CP1252_HIGH
                .iter()
                .position(|&x| x == Some(c))
                .map(|i| 0x80 + i as u8)
        }
    }
}

/// The units of the UTF-16/32 codecs: (unit size, little-endian, BOM).
fn wide(codec: &str) -> Option<(usize, bool, bool)> {
    match codec {
        "utf-16" => Some((2, true, true)),
        "utf-16-le" => Some((2, true, false)),
        "utf-16-be" => Some((2, false, false)),
        "utf-32" => Some((4, true, true)),
        "utf-32-le" => Some((4, true, false)),
        "utf-32-be" => Some((4, false, false)),
        _ => None,
    }
}

/// Encode `text` with `encoding`, handling characters it cannot hold as
/// `errors` says.
pub fn encode(text: &str, encoding: &str, errors: &str) -> Result<Vec<u8>, EncodeError> {
    let Some(codec) = canonical(encoding) else {
        return Err(EncodeError::Lookup(format!("unknown encoding: {encoding}")));
    };
    match codec {
        "utf-8" => return Ok(text.as_bytes().to_vec()),
        "utf-8-sig" => {
            let mut out = vec![0xEF, 0xBB, 0xBF];
            out.extend_from_slice(text.as_bytes());
            return Ok(out);
        }
        "unicode-escape" | "raw-unicode-escape" => {
            return Ok(escape_encode(text, codec == "raw-unicode-escape"))
        }
        _ => {}
    }
    if let Some((size, le, bom)) = wide(codec) {
        let mut out = Vec::new();
        let mut put = |u: u32| {
            let bytes = u.to_le_bytes();
            let unit = &bytes[..size];
            if le {
                out.extend_from_slice(unit);
            } else {
                out.extend(unit.iter().rev());
            }
        };
        if bom {
            put(0xFEFF);
        }
        for c in text.chars() {
            if size == 4 {
                put(c as u32);
            } else {
                let mut buf = [0u16; 2];
                for &u in c.encode_utf16(&mut buf).iter() {
                    put(u32::from(u));
                }
            }
        }
        return Ok(out);
    }
    let limit = match codec {
        "ascii" => 128,
        _ => 256,
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some(b) = single_byte(codec, c) {
            out.push(b);
            i += 1;
            continue;
        }
        // The run of characters the codec cannot hold.
        let end = chars[i..]
            .iter()
            .position(|&d| single_byte(codec, d).is_some())
            .map_or(chars.len(), |n| i + n);
        match errors {
            "strict" => {
                let reason = match codec {
                    "cp1252" => "character maps to <undefined>".to_string(),
                    _ => format!("ordinal not in range({limit})"),
                };
                return Err(EncodeError::Encode {
                    codec: reported_name(codec),
                    start: i,
                    end,
                    reason,
                });
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "backslashreplace" => {
                for &d in &chars[i..end] {
                    let e = escaped(d);
                    out.extend_from_slice(e.trim_matches('\'').as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &d in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", d as u32).as_bytes());
                }
            }
            "namereplace" => {
                for &d in &chars[i..end] {
                    match unicode_names2::name(d) {
                        Some(name) => out.extend_from_slice(format!("\\N{{{name}}}").as_bytes()),
                        None => {
                            let e = escaped(d);
                            out.extend_from_slice(e.trim_matches('\'').as_bytes());
                        }
                    }
                }
            }
            other => {
                return Err(EncodeError::Lookup(format!(
                    "unknown error handler name '{other}'"
                )))
            }
        }
        i = end;
    }
    Ok(out)
}

/// The codec name an encoding error reports: CPython's cp1252 is a
/// charmap codec.
fn reported_name(codec: &'static str) -> &'static str {
    match codec {
        "cp1252" => "charmap",
        c => c,
    }
}

/// Decode `b` with `encoding`, handling bytes it cannot read as `errors`
/// says (`replace` gives U+FFFD, `backslashreplace` `\xNN`; ouro's strings
/// cannot hold the lone surrogates of `surrogateescape`, which gives
/// U+FFFD too).
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> Result<String, EncodeError> {
    let Some(codec) = canonical(encoding) else {
        return Err(EncodeError::Lookup(format!("unknown encoding: {encoding}")));
    };
    match codec {
        "utf-8-sig" => {
            return decode(
                b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(b),
                "utf-8",
                errors,
            )
        }
        "unicode-escape" => return escape_decode(b, errors, false),
        "raw-unicode-escape" => return escape_decode(b, errors, true),
        _ => {}
    }
    let mut out = String::with_capacity(b.len());
    // What the handler puts for bytes start..end; Err for strict.
    let bad = |out: &mut String, start: usize, end: usize, reason: &str| match errors {
        "strict" => Err(EncodeError::Encode {
            codec: reported_name(codec),
            start,
            end,
            reason: reason.to_string(),
        }),
        "ignore" => Ok(()),
        "replace" | "surrogateescape" | "surrogatepass" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for &x in &b[start..end] {
                out.push_str(&format!("\\x{x:02x}"));
            }
            Ok(())
        }
        other => Err(EncodeError::Lookup(format!(
            "unknown error handler name '{other}'"
        ))),
    };
    match codec {
        "utf-8" => {
            let mut at = 0;
            loop {
                match std::str::from_utf8(&b[at..]) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&b[at..at + good]).expect("valid"));
                        let n = e.error_len().unwrap_or(b.len() - at - good);
                        let first = b[at + good];
                        let reason = match e.error_len() {
                            None => "unexpected end of data",
                            Some(_) if (0xc2..=0xf4).contains(&first) => {
                                "invalid continuation byte"
                            }
                            Some(_) => "invalid start byte",
                        };
                        bad(&mut out, at + good, at + good + n, reason)?;
                        at += good + n;
                    }
                }
            }
        }
        "ascii" | "latin-1" | "cp1252" => {
            for (i, &x) in b.iter().enumerate() {
                let c = match codec {
                    "ascii" => (x < 0x80).then_some(x as char),
                    "latin-1" => Some(x as char),
                    _ => match x {
                        0x80..=0x9F => CP1252_HIGH[usize::from(x - 0x80)],
                        _ => Some(x as char),
                    },
                };
                match c {
                    Some(c) => out.push(c),
                    None if codec == "ascii" => {
                        bad(&mut out, i, i + 1, "ordinal not in range(128)")?
                    }
                    None => bad(&mut out, i, i + 1, "character maps to <undefined>")?,
                }
            }
            Ok(out)
        }
        _ => {
            let (size, mut le, bom) = wide(codec).expect("a wide codec");
            let mut at = 0;
            if bom && b.len() >= size {
                let (lbom, bbom): (&[u8], &[u8]) = match size {
                    2 => (&[0xFF, 0xFE], &[0xFE, 0xFF]),
                    _ => (&[0xFF, 0xFE, 0, 0], &[0, 0, 0xFE, 0xFF]),
                };
                if &b[..size] == lbom {
                    at = size;
                } else if &b[..size] == bbom {
                    at = size;
                    le = false;
                }
            }
            let unit = |i: usize| -> u32 {
                let mut v = 0u32;
                for k in 0..size {
                    let byte = if le { b[i + size - 1 - k] } else { b[i + k] };
                    v = (v << 8) | u32::from(byte);
                }
                v
            };
            while at < b.len() {
                if at + size > b.len() {
                    bad(&mut out, at, b.len(), "truncated data")?;
                    break;
                }
                let u = unit(at);
                if size == 4 {
                    match char::from_u32(u) {
                        Some(c) => out.push(c),
                        None => bad(&mut out, at, at + 4, "code point not in range(0x110000)")?,
                    }
                    at += 4;
                    continue;
                }
                if (0xD800..0xDC00).contains(&u) {
                    if at + 4 <= b.len() {
                        let lo = unit(at + 2);
                        if (0xDC00..0xE000).contains(&lo) {
                            let c = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                            out.extend(char::from_u32(c));
                            at += 4;
                            continue;
                        }
                        bad(&mut out, at, at + 2, "illegal UTF-16 surrogate")?;
                    } else {
                        bad(&mut out, at, b.len(), "unexpected end of data")?;
                        break;
                    }
                } else if (0xDC00..0xE000).contains(&u) {
                    bad(&mut out, at, at + 2, "illegal encoding")?;
                } else {
                    out.extend(char::from_u32(u));
                }
                at += 2;
            }
            Ok(out)
        }
    }
}

/// `unicode_escape` (and, `raw`, `raw_unicode_escape`) encoding: ASCII
/// as it is, other characters as Python escapes (raw: Latin-1 as bytes,
/// only `\u`/`\U` escapes).
fn escape_encode(text: &str, raw: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        let n = c as u32;
        match c {
            _ if raw && n < 0x100 => out.push(n as u8),
            '\\' => out.extend_from_slice(b"\\\\"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            _ if n < 0x20 || (0x7F..0x100).contains(&n) => {
                out.extend_from_slice(format!("\\x{n:02x}").as_bytes())
            }
            _ if n < 0x80 => out.push(n as u8),
            _ if n < 0x10000 => out.extend_from_slice(format!("\\u{n:04x}").as_bytes()),
            _ => out.extend_from_slice(format!("\\U{n:08x}").as_bytes()),
        }
    }
    out
}

/// A bad escape in `b[start..end]`, handled as `errors` says.
fn escape_error(
    out: &mut String,
    b: &[u8],
    errors: &str,
    codec: &'static str,
    start: usize,
    end: usize,
    reason: &str,
) -> Result<(), EncodeError> {
    match errors {
        "strict" => Err(EncodeError::Encode {
            codec,
            start,
            end,
            reason: reason.to_string(),
        }),
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for &x in &b[start..end] {
                out.push_str(&format!("\\x{x:02x}"));
            }
            Ok(())
        }
        other => Err(EncodeError::Lookup(format!(
            "unknown error handler name '{other}'"
        ))),
    }
}

/// `unicode_escape` decoding (raw: `raw_unicode_escape`, where only `\u`
/// and `\U` after an odd run of backslashes are escapes): bytes are
/// Latin-1, escapes as in a Python string literal.
fn escape_decode(b: &[u8], errors: &str, raw: bool) -> Result<String, EncodeError> {
    let codec = if raw {
        "rawunicodeescape"
    } else {
        "unicodeescape"
    };
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    // The hex escape of `n` digits at `i` (after the letter), as a char.
    let hex = |i: usize, n: usize| -> Result<u32, usize> {
        let digits = b[i..]
            .iter()
            .take(n)
            .take_while(|d| d.is_ascii_hexdigit())
            .count();
        if digits < n {
            return Err(i + digits);
        }
        let text = std::str::from_utf8(&b[i..i + n]).expect("hex digits");
        Ok(u32::from_str_radix(text, 16).expect("hex digits"))
    };
    while i < b.len() {
        let x = b[i];
        if x != b'\\' {
            out.push(x as char);
            i += 1;
            continue;
        }
        if raw {
            // An even run of backslashes is literal.
            let run = b[i..].iter().take_while(|&&c| c == b'\\').count();
            let escapes = run % 2 == 1 && matches!(b.get(i + run), Some(b'u' | b'U'));
            let literal = if escapes { run - 1 } else { run };
            out.extend(std::iter::repeat_n('\\', literal));
            i += literal;
            if !escapes {
                continue;
            }
        }
        let start = i;
        let Some(&k) = b.get(i + 1) else {
            escape_error(
                &mut out,
                b,
                errors,
                codec,
                start,
                b.len(),
                "\\ at end of string",
            )?;
            break;
        };
        i += 2;
        let simple = match k {
            b'\n' => Some(None),
            b'\\' => Some(Some('\\')),
            b'\'' => Some(Some('\'')),
            b'"' => Some(Some('"')),
            b'a' => Some(Some('\x07')),
            b'b' => Some(Some('\x08')),
            b'f' => Some(Some('\x0c')),
            b'n' => Some(Some('\n')),
            b'r' => Some(Some('\r')),
            b't' => Some(Some('\t')),
            b'v' => Some(Some('\x0b')),
            _ => None,
        };
        if !raw {
            if let Some(c) = simple {
                out.extend(c);
                continue;
            }
            if (b'0'..=b'7').contains(&k) {
                let mut v = u32::from(k - b'0');
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + u32::from(b[i] - b'0');
                    i += 1;
                    n += 1;
                }
                out.extend(char::from_u32(v));
                continue;
            }
        }
        let (width, name) = match k {
            b'x' if !raw => (2, "truncated \\xXX escape"),
            b'u' => (4, "truncated \\uXXXX escape"),
            b'U' => (8, "truncated \\UXXXXXXXX escape"),
            _ => {
                // Not an escape: kept as written.
                out.push('\\');
                out.push(k as char);
                continue;
            }
        };
        let value = hex(i, width)
            .map_err(|end| (end, name.to_string()))
            .and_then(|v| {
                char::from_u32(v).ok_or((i + width, "illegal Unicode character".to_string()))
            });
        match value {
            Ok(c) => {
                out.push(c);
                i += width;
            }
            Err((end, reason)) => {
                escape_error(&mut out, b, errors, codec, start, end, &reason)?;
                i = end;
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_as_cpython() {
        assert_eq!(encode("é", "latin-1", "strict"), Ok(vec![0xe9]));
        assert_eq!(encode("é", "utf_8", "strict"), Ok(vec![0xc3, 0xa9]));
        assert_eq!(encode("aé€", "ascii", "replace"), Ok(b"a??".to_vec()));
        assert_eq!(encode("a€b", "latin1", "ignore"), Ok(b"ab".to_vec()));
        assert_eq!(
            encode("€😀", "ascii", "backslashreplace"),
            Ok(b"\\u20ac\\U0001f600".to_vec())
        );
        assert_eq!(encode("ü", "utf-16-le", "strict"), Ok(vec![0xfc, 0]));
        assert_eq!(
            encode("A", "utf-16", "strict"),
            Ok(vec![0xff, 0xfe, 0x41, 0])
        );
        assert_eq!(encode("€", "cp1252", "strict"), Ok(vec![0x80]));
        assert_eq!(
            encode("aé", "ascii", "strict"),
            Err(EncodeError::Encode {
                codec: "ascii",
                start: 1,
                end: 2,
                reason: "ordinal not in range(128)".into()
            })
        );
        assert!(matches!(
            encode("x", "nope", "strict"),
            Err(EncodeError::Lookup(_))
        ));
    }

    #[test]
    fn decodes_as_cpython() {
        assert_eq!(
            decode(b"a\xffb", "utf-8", "backslashreplace"),
            Ok("a\\xffb".into())
        );
        assert_eq!(
            decode(b"a\xffb", "utf-8", "replace"),
            Ok("a\u{fffd}b".into())
        );
        assert_eq!(
            decode(&[0xff, 0xfe, 0x41, 0], "utf-16", "strict"),
            Ok("A".into())
        );
        assert_eq!(decode(&[0, 0x41], "utf-16-be", "strict"), Ok("A".into()));
        assert_eq!(decode(&[0x80], "cp1252", "strict"), Ok("€".into()));
        assert!(matches!(
            decode(b"\xff", "utf-8", "strict"),
            Err(EncodeError::Encode {
                start: 0,
                end: 1,
                ..
            })
        ));
    }
}
