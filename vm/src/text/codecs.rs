//! Encoding text to bytes: CPython's `utf-8`, `ascii` and `latin-1` codecs
//! with the `strict`, `ignore`, `replace`, `backslashreplace` and
//! `xmlcharrefreplace` error handlers, and their error messages.

/// Why an encoding failed.
#[derive(Debug, PartialEq, Eq)]
pub enum EncodeError {
    /// `LookupError`: no such codec (or error handler).
    Lookup(String),
    /// `UnicodeEncodeError` with CPython's message.
    Encode(String),
}

/// The codec's canonical name (the one its messages use), if known.
pub fn canonical(encoding: &str) -> Option<&'static str> {
    match encoding.to_ascii_lowercase().replace('_', "-").as_str() {
        "utf-8" | "utf8" | "u8" | "utf" => Some("utf-8"),
        "ascii" | "us-ascii" | "646" => Some("ascii"),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "l1" | "latin" => {
            Some("latin-1")
        }
        _ => None,
    }
}

/// How CPython shows a character in an encode error: `'\xe9'`, `'\u20ac'`,
/// `'\U0001f600'`.
fn escaped(c: char) -> String {
    match c as u32 {
        n if n < 0x100 => format!("'\\x{n:02x}'"),
        n if n < 0x10000 => format!("'\\u{n:04x}'"),
        n => format!("'\\U{n:08x}'"),
    }
}

/// Encode `text` with `encoding`, handling characters it cannot hold as
/// `errors` says.
pub fn encode(text: &str, encoding: &str, errors: &str) -> Result<Vec<u8>, EncodeError> {
    let Some(codec) = canonical(encoding) else {
        return Err(EncodeError::Lookup(format!("unknown encoding: {encoding}")));
    };
    let limit: u32 = match codec {
        "utf-8" => return Ok(text.as_bytes().to_vec()),
        "ascii" => 0x80,
        _ => 0x100,
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        // The run of characters the codec cannot hold.
        let end = chars[i..]
            .iter()
            .position(|&d| (d as u32) < limit)
            .map_or(chars.len(), |n| i + n);
        match errors {
            "strict" => {
                let what = if end - i > 1 {
                    format!("characters in position {i}-{}", end - 1)
                } else {
                    format!("character {} in position {i}", escaped(c))
                };
                return Err(EncodeError::Encode(format!(
                    "'{codec}' codec can't encode {what}: ordinal not in range({limit})"
                )));
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
        assert_eq!(
            encode("é", "ascii", "xmlcharrefreplace"),
            Ok(b"&#233;".to_vec())
        );
        assert_eq!(
            encode("xé", "ascii", "strict"),
            Err(EncodeError::Encode(
                "'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)"
                    .into()
            ))
        );
        assert_eq!(
            encode("a€€", "latin-1", "strict"),
            Err(EncodeError::Encode(
                "'latin-1' codec can't encode characters in position 1-2: ordinal not in range(256)"
                    .into()
            ))
        );
        assert_eq!(
            encode("a", "koi9", "strict"),
            Err(EncodeError::Lookup("unknown encoding: koi9".into()))
        );
    }
}
