//! `repr(float)` / `str(float)` and CPython's `PyOS_double_to_string`.
//!
//! CPython formats floats with David Gay's `dtoa` in three modes:
//! mode 0 (shortest round-trip digits), mode 2 (N significant digits) and
//! mode 3 (N digits after the decimal point), all correctly rounded
//! (round-half-even on the exact binary value). Rust's `{:e}`, `{:.Ne}` and
//! `{:.N}` formatting are also exact/correctly rounded, so the digit strings
//! are obtained from Rust and then laid out exactly as CPython's
//! `format_float_short` does.

/// Layout flags for [`double_to_string`] (mirror `Py_DTSF_*`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// Always emit a sign (`+` for non-negative values).
    pub sign: bool,
    /// Append `.0` to integral fixed-notation results (repr style).
    pub add_dot_0: bool,
    /// Alternate form (`#`): keep the decimal point and trailing zeros.
    pub alt: bool,
    /// Drop the sign of a result that rounds to zero (`z` option).
    pub no_neg_0: bool,
}

/// Exactly Python's `repr(x)` for a float.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        },
    )
}

/// Exactly Python's `str(x)` for a float (identical to repr in Python 3).
pub fn float_str(x: f64) -> String {
    float_repr(x)
}

/// Digits produced by a dtoa mode: `value = 0.DIGITS * 10**decpt`.
/// Trailing zeros are stripped; zero is `"0"` with `decpt == 1`.
struct Digits {
    digits: Vec<u8>,
    decpt: i64,
}

/// Parse Rust's `{:e}` style output ("d.ddde-5") of a non-negative value.
fn digits_from_exp(s: &str) -> Digits {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits == b"0" {
        return Digits { digits, decpt: 1 };
    }
    Digits {
        digits,
        decpt: exp + 1,
    }
}

/// Mode 0: shortest digits that round-trip; among those, the closest to
/// the exact value with ties broken half-even (as Gay's dtoa does).
///
/// Rust's shortest formatting can break an exact tie upwards (e.g.
/// 93124797785955.125 gives `...955.13`, CPython `...955.12`), so the
/// correctly rounded string of the same length is preferred whenever it
/// also round-trips.
fn dtoa_shortest(ax: f64) -> Digits {
    let shortest = format!("{:e}", ax);
    let (mant, _) = shortest.split_once('e').unwrap_or((&shortest, ""));
    let n = mant.bytes().filter(u8::is_ascii_digit).count();
    if n > 1 {
        let rounded = format!("{:.*e}", n - 1, ax);
        if rounded != shortest && rounded.parse::<f64>() == Ok(ax) {
            return digits_from_exp(&rounded);
        }
    }
    digits_from_exp(&shortest)
}

/// A double's exact decimal expansion has at most 767 significant digits
/// and ends at most 1074 places after the point: asking Rust's formatter
/// (whose precision is limited to 65535) for more only adds zeros, which
/// `Digits` strips anyway.
const MAX_SIG_DIGITS: usize = 800;
const MAX_FRAC_DIGITS: usize = 1100;

/// Mode 2: `ndigits` significant digits (at least 1).
fn dtoa_sig(ax: f64, ndigits: usize) -> Digits {
    let n = ndigits.clamp(1, MAX_SIG_DIGITS);
    digits_from_exp(&format!("{:.*e}", n - 1, ax))
}

/// Mode 3: `ndigits` digits after the decimal point.
fn dtoa_fixed(ax: f64, ndigits: usize) -> Digits {
    let s = format!("{:.*}", ndigits.min(MAX_FRAC_DIGITS), ax);
    let (int_part, frac_part) = s.split_once('.').unwrap_or((&s, ""));
    let mut decpt = int_part.len() as i64;
    let mut all: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).collect();
    let lead = all.iter().take_while(|&&b| b == b'0').count();
    if lead == all.len() {
        return Digits {
            digits: b"0".to_vec(),
            decpt: 1,
        };
    }
    all.drain(..lead);
    decpt -= lead as i64;
    while all.last() == Some(&b'0') {
        all.pop();
    }
    Digits { digits: all, decpt }
}

/// CPython's `PyOS_double_to_string(val, format_code, precision, flags)`.
///
/// `code` is one of `e E f F g G r` (`r` = repr, precision ignored).
/// Returns e.g. `"1.5e-05"`, `"inf"`, `"-nan"` is never produced (NaN sign
/// is ignored, like CPython).
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = matches!(code, 'E' | 'F' | 'G');
    let code = code.to_ascii_lowercase();
    let mut out = String::new();
    if !x.is_finite() {
        if x.is_nan() {
            if flags.sign {
                out.push('+');
            }
            out.push_str(if upper { "NAN" } else { "nan" });
        } else {
            if x < 0.0 {
                out.push('-');
            } else if flags.sign {
                out.push('+');
            }
            out.push_str(if upper { "INF" } else { "inf" });
        }
        return out;
    }
    let ax = x.abs();
    let mut precision = precision as i64;
    let d = match code {
        'e' => {
            precision += 1;
            dtoa_sig(ax, precision as usize)
        }
        'f' => dtoa_fixed(ax, precision as usize),
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            dtoa_sig(ax, precision as usize)
        }
        _ => dtoa_shortest(ax),
    };
    let digits = d.digits;
    let mut decpt = d.decpt;
    let digits_len = digits.len() as i64;
    let mut negative = x.is_sign_negative();
    if flags.no_neg_0 && negative && digits == b"0" {
        negative = false;
    }

    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    let dstr = std::str::from_utf8(&digits).unwrap_or("0");
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&dstr[..decpt as usize]);
        out.push('.');
        out.push_str(&dstr[decpt as usize..]);
    } else {
        out.push_str(dstr);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let a = exp.unsigned_abs();
        if a < 10 {
            out.push('0');
        }
        out.push_str(&a.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (bits, repr) pairs generated by CPython 3.11.
    const REPR_CASES: &[(u64, &str)] = &[
        (0x0, "0.0"),
        (0x8000000000000000, "-0.0"),
        (0x3ff0000000000000, "1.0"),
        (0xbff0000000000000, "-1.0"),
        (0x3fb999999999999a, "0.1"),
        (0x3fe0000000000000, "0.5"),
        (0x3ff8000000000000, "1.5"),
        (0x4004000000000000, "2.5"),
        (0xc004000000000000, "-2.5"),
        (0x4341c37937e08000, "1e+16"),
        (0x430c6bf526340000, "1000000000000000.0"),
        (0x4341c37937e07fff, "9999999999999998.0"),
        (0x3f1a36e2eb1c432d, "0.0001"),
        (0x3f1a36e2eb1c432c, "9.999999999999999e-05"),
        (0x3ee4f8b588e368f1, "1e-05"),
        (0x437b69b4ba630f35, "1.2345678901234568e+17"),
        (0x1, "5e-324"),
        (0x10000000000000, "2.2250738585072014e-308"),
        (0x7fefffffffffffff, "1.7976931348623157e+308"),
        (0x3fd3333333333333, "0.3"),
        (0x4005666666666666, "2.675"),
        (0x4480f0cf064dd592, "1e+22"),
        (0x44b52d02c7e14af6, "1e+23"),
        (0x3fd5555555555555, "0.3333333333333333"),
        (0x3fe5555555555555, "0.6666666666666666"),
        (0x4059000000000000, "100.0"),
        (0x7ff0000000000000, "inf"),
        (0xfff0000000000000, "-inf"),
        (0x3fc0000000000000, "0.125"),
        (0x3fd8000000000000, "0.375"),
        (0x4132d687e4189375, "1234567.891"),
        (0xc0934a0000000000, "-1234.5"),
        (0x3eb4b66da6c0b2a4, "1.2345678e-06"),
        (0x4340000000000000, "9007199254740992.0"),
        (0x4340000000000001, "9007199254740994.0"),
        (0x43e0000000000000, "9.223372036854776e+18"),
        (0x3, "1.5e-323"),
        (0x4011666666666666, "4.35"),
        (0x3fa70a3d70a3d70a, "0.045"),
        (0x3e7ad7f29abcaf48, "1e-07"),
        (0x405edd2f1a9fbe77, "123.456"),
        (0xdda1494c73cf256d, "-1.0539756485530688e+143"),
        (0xdb5b5fab8f4d3e27, "-1.2143721666352482e+132"),
        (0xc7fde805ec99108d, "-6.360375184993316e+38"),
        (0x73ab48767734d7c1, "1.526087629730313e+249"),
        (0xdae445508201e2bd, "-7.02551513787579e+129"),
        (0x309d6b79965eda32, "1.6260771785726701e-74"),
        (0xcdcc69292f45e678, "-5.984009685093657e+66"),
        (0x79cb9e86830c71c2, "4.8959585264576934e+278"),
        (0x9d2c67eda13ffe79, "-3.7634144828029947e-168"),
        (0x2fa91425cb008853, "4.2301541954837196e-79"),
        (0x7253edc618187993, "5.315422088462547e+242"),
        (0x244caf9c4dabb481, "7.893354548061464e-134"),
        (0x89e7d15f17362f25, "-6.0511296129096725e-261"),
        (0xe3eff9c0cf44dd3f, "-2.471417988383651e+173"),
        (0xa26b7f62b1852f27, "-7.046717376279707e-143"),
        (0x986e86cb0ab8ab67, "-5.352667702512672e-191"),
        (0x656abd72fb710734, "3.467443581611296e+180"),
        (0x73f778aaf6fa5db8, "4.201212419249933e+250"),
        (0xbd299753a7677796, "-4.545896140860994e-14"),
        (0xd4ea65d003d71684, "-1.1547680013076696e+101"),
        (0x97491e2370c6a5b8, "-1.6800925191972358e-196"),
        (0x834c687a3acb6266, "-8.89603834440535e-293"),
        (0x1b98fbe466809a11, "9.864696090544821e-176"),
        (0x452ef05f542441d, "7.771400548145935e-288"),
        (0x36a80bdf0023b682, "2.1060089631924535e-45"),
        (0x50684bfe286852c, "1.8929301343429817e-284"),
        (0x6361b9f8f33c1a7f, "5.351917985767459e+170"),
        (0x41536363f6724ba0, "5082511.850726038"),
        (0x64409ddbb45f51c3, "8.219597356351074e+174"),
        (0x6953404844e9e4a5, "2.3024635235992676e+199"),
        (0x482ea7602d1ef7bf, "5.2154757292923025e+39"),
        (0x4fd26ec4b372c56b, "3.3349368127302624e+76"),
        (0x57afaba6e7dd5eed, "2.4372692365713192e+114"),
        (0x679e2a6153b3b0ff, "1.3440285115679585e+191"),
        (0xd4b59c0536cdf8a1, "-1.1816323787433526e+100"),
        (0x520235bc73d58e1c, "1.132026223472369e+87"),
        (0x9b88b1e5df71b994, "-4.875285578412388e-176"),
        (0x5aadd0d29211a8d8, "6.458525311573479e+128"),
        (0x44339c10d4652689, "3.617338592009289e+20"),
        (0xcbfe2f8d24105a49, "-1.1842437957399e+58"),
        (0x1d849e2ba111f5fb, "1.748219057432447e-166"),
        (0x69155cca16535f4c, "1.5968657217415357e+198"),
        (0x57d53e43f1bae498, "1.307852583461985e+115"),
        (0xbafb7e016eeb29b0, "-1.4213139116972883e-24"),
        (0xc0fd3798939ab270, "-119673.53603620245"),
        (0xc365a03e9b7a4520, "-4.869732214257485e+16"),
        (0x3ad0488026f7615a, "2.104554977570505e-25"),
        (0x3b271471aee895f4, "9.545606229124356e-24"),
        (0xc1c0eae19826d25a, "-567657264.3032944"),
        (0xbfe7ef8ff66513ce, "-0.7479934513472644"),
        (0xbc2044d4569a9cf7, "-4.409684701070336e-19"),
        (0xbfe5c1f4617b9d20, "-0.6799261001550896"),
        (0x42d64f179d5ba1a6, "98115817664134.6"),
        (0xc101315b04c70d34, "-140843.37733278575"),
        (0x44662bc3bba14195, "3.271855520695712e+21"),
        (0xc4a518ffe30d4a02, "-4.981542829697124e+22"),
        (0x3c0e958df47b6bfd, "2.0724658230552164e-19"),
        (0x3ffa50d39b47bea2, "1.6447330537447802"),
        (0xc0f21f1ad5c9fb97, "-74225.67719457891"),
        (0x43a713c3e062590a, "8.31444027959969e+17"),
        (0x4082e40a8dcf93b8, "604.5051532952266"),
        (0xbeb07724e972a3d4, "-9.814147341835604e-07"),
        (0x3ee10a5df1b4bb27, "8.125541674700705e-06"),
        (0x3e70383375acb599, "6.042247717156134e-08"),
        (0xbd6d5c5a20a800ba, "-8.344827119083353e-13"),
        (0xbf956110576dcc47, "-0.02087808164237639"),
        (0x3f8a226812dab15a, "0.012760937762629144"),
        (0xbef6264ad18a3148, "-2.1123484744965394e-05"),
        (0xbcc252a1a3820916, "-5.085592755491699e-16"),
        (0xbd251adcd85fa741, "-3.7489890890306386e-14"),
        (0x428f9cf5b3463077, "4344874690758.058"),
        (0x4082d6ae147ae148, "602.835"),
        (0xc08a1241f212d773, "-834.2822"),
        (0x408196ae147ae148, "562.835"),
        (0x408b573333333333, "874.9"),
        (0x406ec1ba5e353f7d, "246.054"),
        (0xc080a15b8bac710d, "-532.1697"),
        (0xc07fecd21ff2e48f, "-510.8013"),
        (0xc0755a147ae147ae, "-341.63"),
    ];

    #[test]
    fn repr_table() {
        for &(bits, want) in REPR_CASES {
            let x = f64::from_bits(bits);
            assert_eq!(float_repr(x), want, "bits {bits:#x}");
            assert_eq!(float_str(x), want);
        }
    }

    #[test]
    fn repr_specials() {
        assert_eq!(float_repr(f64::INFINITY), "inf");
        assert_eq!(float_repr(f64::NEG_INFINITY), "-inf");
        assert_eq!(float_repr(f64::NAN), "nan");
        assert_eq!(float_repr(-f64::NAN), "nan");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(0.0), "0.0");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1e15), "1000000000000000.0");
        assert_eq!(float_repr(1.5e-5), "1.5e-05");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(-2.5e300), "-2.5e+300");
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(5e-324), "5e-324");
    }

    /// (bits, code, precision, alt, sign, expected) for double_to_string.
    const DTS_CASES: &[(u64, char, usize, bool, bool, &str)] = &[
        (0x0, 'e', 0, true, false, "0.e+00"),
        (0x0, 'e', 1, false, false, "0.0e+00"),
        (0x0, 'e', 1, true, false, "0.0e+00"),
        (0x0, 'e', 2, false, false, "0.00e+00"),
        (0x0, 'e', 2, true, true, "+0.00e+00"),
        (0x0, 'e', 3, true, false, "0.000e+00"),
        (0x0, 'e', 6, true, true, "+0.000000e+00"),
        (0x0, 'e', 19, false, true, "+0.0000000000000000000e+00"),
        (0x0, 'e', 19, true, false, "0.0000000000000000000e+00"),
        (0x0, 'E', 0, false, false, "0E+00"),
        (0x0, 'E', 0, true, true, "+0.E+00"),
        (0x0, 'E', 1, true, false, "0.0E+00"),
        (0x0, 'E', 2, true, false, "0.00E+00"),
        (0x0, 'E', 3, true, false, "0.000E+00"),
        (0x0, 'E', 5, true, false, "0.00000E+00"),
        (0x0, 'E', 6, false, false, "0.000000E+00"),
        (0x0, 'E', 6, true, true, "+0.000000E+00"),
        (0x0, 'f', 0, false, true, "+0"),
        (0x0, 'f', 0, true, false, "0."),
        (0x0, 'f', 1, true, false, "0.0"),
        (0x0, 'f', 2, true, false, "0.00"),
        (0x0, 'f', 3, false, false, "0.000"),
        (0x0, 'f', 3, true, false, "0.000"),
        (0x0, 'f', 6, true, false, "0.000000"),
        (0x0, 'f', 22, true, false, "0.0000000000000000000000"),
        (0x0, 'F', 0, false, true, "+0"),
        (0x0, 'F', 0, true, true, "+0."),
        (0x0, 'F', 1, false, false, "0.0"),
        (0x0, 'F', 1, true, true, "+0.0"),
        (0x0, 'F', 2, true, false, "0.00"),
        (0x0, 'F', 3, true, true, "+0.000"),
        (0x0, 'F', 5, true, false, "0.00000"),
        (0x0, 'F', 6, false, false, "0.000000"),
        (0x0, 'F', 6, true, false, "0.000000"),
        (0x0, 'g', 0, true, false, "0."),
        (0x0, 'g', 1, false, false, "0"),
        (0x0, 'g', 1, true, false, "0."),
        (0x0, 'g', 2, true, false, "0.0"),
        (0x0, 'g', 3, false, true, "+0"),
        (0x0, 'g', 3, true, false, "0.00"),
        (0x0, 'g', 6, true, false, "0.00000"),
        (0x0, 'g', 11, false, true, "+0"),
        (0x0, 'g', 11, true, false, "0.0000000000"),
        (0x0, 'G', 0, true, false, "0."),
        (0x0, 'G', 1, true, true, "+0."),
        (0x0, 'G', 2, false, false, "0"),
        (0x0, 'G', 2, true, false, "0.0"),
        (0x0, 'G', 3, false, true, "+0"),
        (0x0, 'G', 3, true, false, "0.00"),
        (0x0, 'G', 6, true, true, "+0.00000"),
        (0x0, 'G', 25, true, false, "0.000000000000000000000000"),
        (0x8000000000000000, 'e', 0, false, true, "-0e+00"),
        (0x8000000000000000, 'e', 0, true, false, "-0.e+00"),
        (0x8000000000000000, 'e', 1, false, false, "-0.0e+00"),
        (0x8000000000000000, 'e', 1, true, true, "-0.0e+00"),
        (0x8000000000000000, 'e', 2, true, false, "-0.00e+00"),
        (0x8000000000000000, 'e', 3, true, false, "-0.000e+00"),
        (0x8000000000000000, 'e', 6, false, false, "-0.000000e+00"),
        (0x8000000000000000, 'e', 6, true, false, "-0.000000e+00"),
        (0x8000000000000000, 'E', 0, true, true, "-0.E+00"),
        (0x8000000000000000, 'E', 1, false, false, "-0.0E+00"),
        (0x8000000000000000, 'E', 1, true, true, "-0.0E+00"),
        (0x8000000000000000, 'E', 2, false, false, "-0.00E+00"),
        (0x8000000000000000, 'E', 2, true, true, "-0.00E+00"),
        (0x8000000000000000, 'E', 3, false, false, "-0.000E+00"),
        (0x8000000000000000, 'E', 3, true, true, "-0.000E+00"),
        (0x8000000000000000, 'E', 6, false, false, "-0.000000E+00"),
        (0x8000000000000000, 'E', 6, true, false, "-0.000000E+00"),
        (
            0x8000000000000000,
            'E',
            15,
            true,
            false,
            "-0.000000000000000E+00",
        ),
        (0x8000000000000000, 'f', 0, false, false, "-0"),
        (0x8000000000000000, 'f', 0, true, false, "-0."),
        (0x8000000000000000, 'f', 1, false, false, "-0.0"),
        (0x8000000000000000, 'f', 1, true, true, "-0.0"),
        (0x8000000000000000, 'f', 2, false, false, "-0.00"),
        (0x8000000000000000, 'f', 2, true, false, "-0.00"),
        (0x8000000000000000, 'f', 3, false, true, "-0.000"),
        (0x8000000000000000, 'f', 3, true, false, "-0.000"),
        (0x8000000000000000, 'f', 6, true, false, "-0.000000"),
        (0x8000000000000000, 'f', 11, false, true, "-0.00000000000"),
        (0x8000000000000000, 'f', 11, true, false, "-0.00000000000"),
        (0x3ff0000000000000, 'e', 3, true, true, "+1.000e+00"),
        (0x3fb999999999999a, 'E', 6, true, true, "+1.000000E-01"),
        (0xc004000000000000, 'E', 3, true, false, "-2.500E+00"),
        (0xc004000000000000, 'F', 1, true, false, "-2.5"),
        (
            0x4341c37937e08000,
            'F',
            0,
            false,
            false,
            "10000000000000000",
        ),
        (
            0x430c6bf526340000,
            'f',
            2,
            true,
            false,
            "1000000000000000.00",
        ),
        (
            0x430c6bf526340000,
            'F',
            6,
            true,
            false,
            "1000000000000000.000000",
        ),
        (
            0x430c6bf526340000,
            'g',
            20,
            true,
            false,
            "1000000000000000.0000",
        ),
        (0x4341c37937e07fff, 'E', 0, true, true, "+1.E+16"),
        (0x3f1a36e2eb1c432d, 'f', 1, false, false, "0.0"),
        (
            0x437b69b4ba630f35,
            'e',
            17,
            true,
            false,
            "1.23456789012345680e+17",
        ),
        (
            0x4480f0cf064dd592,
            'f',
            6,
            true,
            false,
            "10000000000000000000000.000000",
        ),
        (
            0x3fc0000000000000,
            'g',
            16,
            true,
            false,
            "0.1250000000000000",
        ),
        (0xc0934a0000000000, 'E', 0, true, true, "-1.E+03"),
        (0x4340000000000000, 'e', 2, true, false, "9.01e+15"),
        (0x4340000000000000, 'g', 0, true, true, "+9.e+15"),
        (
            0x43e0000000000000,
            'F',
            2,
            true,
            false,
            "9223372036854775808.00",
        ),
        (0x3fa70a3d70a3d70a, 'g', 1, true, false, "0.04"),
        (0x3e7ad7f29abcaf48, 'g', 0, true, false, "1.e-07"),
        (0x73ab48767734d7c1, 'e', 6, true, false, "1.526088e+249"),
        (0x89e7d15f17362f25, 'f', 2, true, false, "-0.00"),
        (0x986e86cb0ab8ab67, 'E', 3, true, false, "-5.353E-191"),
        (0xa66b0d389d95847e, 'E', 1, false, false, "-1.3E-123"),
        (0x9f8558a628518867, 'F', 0, true, false, "-0."),
        (0xc7321cc007b37e14, 'g', 6, true, false, "-9.40445e+34"),
        (
            0x97491e2370c6a5b8,
            'g',
            21,
            false,
            false,
            "-1.68009251919723580784e-196",
        ),
        (0x320094ead7a94ded, 'f', 14, true, true, "+0.00000000000000"),
        (0x3bd0334684e55160, 'f', 0, false, false, "0"),
        (0x12d0ea67ff12229, 'g', 1, false, false, "5e-303"),
        (
            0x15c1d2dfa9964aef,
            'E',
            24,
            false,
            false,
            "7.106101800028058632604879E-204",
        ),
        (
            0x15c1d2dfa9964aef,
            'G',
            22,
            false,
            true,
            "+7.106101800028058632605E-204",
        ),
        (0x8d1fe1daff666589, 'G', 3, true, true, "-1.82E-245"),
        (0xc20ba2c250b601fc, 'G', 1, true, false, "-1.E+10"),
        (0x1ba1192ec42b7170, 'F', 6, true, true, "+0.000000"),
        (0x36a80bdf0023b682, 'e', 3, true, false, "2.106e-45"),
        (0xed52a24135b00a54, 'G', 1, true, false, "-4.E+218"),
        (0xb57a6a1dfaf8cda9, 'e', 0, false, false, "-4e-51"),
        (0x90f5380e12b2a414, 'e', 3, true, false, "-5.598e-227"),
        (0x32d03fdda123f501, 'F', 6, true, false, "0.000000"),
        (0x4fab6f3e164f1513, 'g', 0, false, false, "6e+75"),
        (0xbf1844787ce7dc9c, 'F', 3, false, false, "-0.000"),
        (0xbafb7e016eeb29b0, 'F', 1, true, true, "-0.0"),
        (
            0x43b5e9d0e9cf1060,
            'f',
            3,
            false,
            false,
            "1579022846989983744.000",
        ),
        (0xbda234f6003daf0f, 'F', 1, true, false, "-0.0"),
        (0xc1d20dba29b89ff4, 'G', 1, true, false, "-1.E+09"),
        (0x3ca1bc32c545b2ae, 'F', 1, true, false, "0.0"),
        (
            0x3ca1bc32c545b2ae,
            'G',
            14,
            true,
            false,
            "1.2306232212292E-16",
        ),
        (0xc2b59b43f0ba5a26, 'g', 3, false, false, "-2.38e+13"),
        (0xbc90d19fbb213789, 'G', 0, true, false, "-6.E-17"),
        (0xbc90d19fbb213789, 'G', 1, false, false, "-6E-17"),
        (0xbab7dff7ae704998, 'E', 6, true, false, "-7.714388E-26"),
        (0x3fa066f6756bd7c0, 'f', 7, false, false, "0.0320355"),
        (0x420063db666a0eec, 'e', 2, true, true, "+8.80e+09"),
        (0xbbc1da9306ef54cf, 'G', 1, true, false, "-8.E-21"),
        (0xc0e689a7be63620a, 'E', 0, true, true, "-5.E+04"),
        (0xbeb75d8aa578eb1d, 'g', 3, false, true, "-1.39e-06"),
        (0xc0c9e83dadf2d0e8, 'e', 1, false, false, "-1.3e+04"),
        (
            0x3bb798398bc22124,
            'G',
            25,
            true,
            false,
            "4.996356840751525255832886E-21",
        ),
        (0xbe102b50bc016d94, 'E', 2, true, false, "-9.41E-10"),
        (0xbd9ae81b61a43a4d, 'f', 2, false, true, "-0.00"),
        (0xc11f316ab93149ad, 'f', 6, true, true, "-511066.680852"),
        (0xc4456b50a9a3696a, 'E', 6, true, false, "-7.902290E+20"),
        (
            0x43f56da75e90dd78,
            'F',
            6,
            true,
            false,
            "24705188349714333696.000000",
        ),
        (0xc003e1d86b570196, 'e', 0, false, false, "-2e+00"),
        (0xc003e1d86b570196, 'F', 0, true, false, "-2."),
        (0xbd67f1c950296fb2, 'f', 0, false, false, "-0"),
        (0xbd67f1c950296fb2, 'f', 6, true, false, "-0.000000"),
        (
            0x41c5afbe51523b06,
            'f',
            21,
            true,
            false,
            "727678114.642426252365112304688",
        ),
        (0x41c5afbe51523b06, 'G', 2, false, false, "7.3E+08"),
        (0xc1c0eae19826d25a, 'E', 3, true, true, "-5.677E+08"),
        (0x3c449b68d4d540d4, 'e', 0, true, true, "+2.e-18"),
        (0x3c449b68d4d540d4, 'E', 3, false, true, "+2.234E-18"),
        (0x4073b1999999999a, 'f', 6, true, true, "+315.100000"),
        (0x408953a9fbe76c8b, 'F', 0, false, true, "+810"),
        (0xc086342d42c3c9ef, 'g', 3, true, false, "-711."),
        (0xc08bf0f0a3d70a3d, 'e', 1, false, true, "-8.9e+02"),
        (0x4080e80000000000, 'f', 0, true, false, "541."),
        (0xc0827b3333333333, 'f', 6, true, false, "-591.400000"),
        (0x40885a78d4fdf3b6, 'f', 6, false, false, "779.309000"),
        (0xc0788ccccccccccd, 'f', 1, false, false, "-392.8"),
    ];

    #[test]
    fn double_to_string_table() {
        for &(bits, code, prec, alt, sign, want) in DTS_CASES {
            let x = f64::from_bits(bits);
            let flags = DtoaFlags {
                alt,
                sign,
                ..DtoaFlags::default()
            };
            assert_eq!(
                double_to_string(x, code, prec, flags),
                want,
                "{x:?} {code} {prec} alt={alt} sign={sign}"
            );
        }
    }
}
