//! Float arithmetic shared by the compiler's constant folding and the vm, so
//! that `-7.5 // 2` folded at compile time and computed at run time cannot
//! disagree.

/// CPython's `_float_div_mod`: `(v // w, v % w)` for `w != 0`, the modulo
/// with the sign of the divisor, the quotient rounded as CPython rounds it.
pub fn float_div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0_f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0_f64.copysign(vx / wx)
    };
    (floordiv, m)
}
