//! `_random` (CPython's `Modules/_randommodule.c`): the Mersenne Twister
//! as the native type `_random.Random`, whose instances carry the 624
//! words of state and the position in them. `random.py`'s `Random`
//! derives from it, as CPython's does, and keeps everything above the
//! words: `random()`, `getrandbits()`, `seed()`, `getstate()` and
//! `setstate()` are this type's, so a draw costs one native call.
//!
//! A new instance is all zeros (CPython's `PyType_GenericNew`): `__init__`
//! (`random_init`) or a subclass's seeds it.

use crate::builtins::{check_args, def_method};
use crate::object::{ObjExt, Tag};
use crate::payload;
use crate::types::scalar::int_of;
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef, TypeVTable};
use std::cell::RefCell;

const N: usize = 624;
const M: usize = 397;

/// The name of the type, as `tp_name` gives it.
pub const T: &str = "_random.Random";

/// The generator's state (CPython's `RandomObject`).
pub struct Mt {
    words: [u32; N],
    /// The next word to use; `N`: twist first.
    index: usize,
}

pub struct RandomObject {
    st: RefCell<Mt>,
}

impl RandomObject {
    pub fn new() -> RandomObject {
        RandomObject {
            st: RefCell::new(Mt {
                words: [0; N],
                index: 0,
            }),
        }
    }
}

impl Default for RandomObject {
    fn default() -> Self {
        RandomObject::new()
    }
}

pub static RANDOM_VT: TypeVTable = crate::object::atom_vtable::<RandomObject>(T, Tag::Random);
payload!(
    RandomObject,
    RANDOM_VT,
    crate::types::subclass::RANDOM_SUB_VT
);

impl Mt {
    /// `init_genrand`.
    fn init_genrand(&mut self, s: u32) {
        self.words[0] = s;
        for i in 1..N {
            let prev = self.words[i - 1];
            self.words[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// `init_by_array`: a fresh state from the key words.
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.words;
        let (mut i, mut j) = (1usize, 0usize);
        let n = key.len().max(1);
        for _ in 0..N.max(key.len()) {
            let p = mt[i - 1];
            let k = key.get(j).copied().unwrap_or(0);
            mt[i] = (mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(k)
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= n {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let p = mt[i - 1];
            mt[i] = (mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    /// `genrand_uint32`: the next output, twisting when the words are used.
    #[inline]
    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.words[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn twist(&mut self) {
        let mt = &mut self.words;
        let mag = |y: u32| if y & 1 == 1 { 0x9908_b0df } else { 0 };
        for kk in 0..N {
            let y = (mt[kk] & 0x8000_0000) | (mt[(kk + 1) % N] & 0x7fff_ffff);
            mt[kk] = mt[(kk + M) % N] ^ (y >> 1) ^ mag(y);
        }
        self.index = 0;
    }

    /// `random()`: 53 random bits as a float in [0, 1).
    fn next_f64(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }
}

pub fn install<C: Collector>(vm: &mut Vm<C>) {
    let d = super::new_native_module(vm, "_random", &[]);
    let t = vm.types.get(T);
    vm.dict_set_str(d, "Random", t).expect("heap at start-up");
    crate::builtins::set_ctor(vm, T, ctor);
    crate::builtins::def_staticmethod(vm, T, "__new__", new);
    let fns: &[(&'static str, crate::vm::NativeFn<C>)] = &[
        ("__init__", init),
        ("random", random),
        ("getrandbits", getrandbits),
        ("seed", seed),
        ("getstate", getstate),
        ("setstate", setstate),
    ];
    for &(name, f) in fns {
        def_method(vm, T, name, f);
    }
}

/// The generator of the receiver `args.pos[0]`, or the descriptor's
/// TypeError.
fn me<'a, C: Collector>(vm: &mut Vm<C>, args: &Args<'_>, name: &str) -> PyResult<&'a RandomObject> {
    match args.pos.first().and_then(|&o| o.get::<RandomObject>()) {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' for '{T}' objects doesn't apply to a '{}' object",
            match args.pos.first() {
                Some(&o) => vm.type_name(o),
                None => "NoneType".into(),
            }
        ))),
    }
}

/// `_random.Random(x=None)`: a generator seeded from `x`.
fn ctor<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let o = vm.alloc(&RANDOM_VT, RandomObject::new())?;
    // (The type in front becomes the receiver.)
    let mut pos = args.pos.to_vec();
    pos[0] = o;
    let call = Args { pos: &pos, ..args };
    match vm.with_roots(&[o], |vm| init(vm, call)) {
        Ok(none) => {
            vm.decref(none);
            Ok(o)
        }
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref(o));
            Err(e)
        }
    }
}

/// `_random.Random.__new__(cls, *args)`: an unseeded generator (CPython's
/// `PyType_GenericNew`, which ignores the arguments).
fn new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let cls = crate::types::subclass::new_class_arg(vm, &args, T)?;
    if cls == vm.types.get(T) {
        return vm.alloc(&RANDOM_VT, RandomObject::new());
    }
    vm.alloc_sub(&RANDOM_VT, RandomObject::new(), &[], cls)
}

/// `Random.__init__(self, x=None)` (`random_init`): seed from `x`.
fn init<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    me(vm, &args, "__init__")?;
    if args.has_kw() {
        return Err(vm.type_error("Random() takes no keyword arguments".to_string()));
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error("Random() requires 0 or 1 argument".to_string()));
    }
    seed_with(vm, args.pos[0], args.pos.get(1).copied())?;
    Ok(vm.new_none())
}

/// `random()`.
fn random<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let r = me(vm, &args, "random")?;
    check_args(vm, &args, "random", 1, 1)?;
    let x = r.st.borrow_mut().next_f64();
    vm.new_float(x)
}

/// `getrandbits(k)`: an int of `k` random bits (`k` a C int).
fn getrandbits<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let r = me(vm, &args, "getrandbits")?;
    check_args(vm, &args, "getrandbits", 2, 2)?;
    let k = crate::builtins::arg_c_int(vm, args.pos[1])?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative".into()));
    }
    let mut st = r.st.borrow_mut();
    if k <= 32 {
        let v = match k {
            0 => 0,
            _ => st.next_u32() >> (32 - k),
        };
        drop(st);
        return vm.new_int_i64(i64::from(v));
    }
    // Least significant word first, the last one cut to the bits left.
    let mut words = Vec::with_capacity((k as usize).div_ceil(32));
    let mut left = k;
    while left > 0 {
        let w = st.next_u32();
        words.push(if left < 32 { w >> (32 - left) } else { w });
        left -= 32;
    }
    drop(st);
    let big = num_bigint::BigInt::from_slice(num_bigint::Sign::Plus, &words);
    vm.new_bigint(big)
}

/// `seed(n=None)`.
fn seed<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    me(vm, &args, "seed")?;
    check_args(vm, &args, "seed", 1, 2)?;
    seed_with(vm, args.pos[0], args.pos.get(1).copied())?;
    Ok(vm.new_none())
}

/// `random_seed`: from the system's entropy for None, from an int's
/// absolute value, else from the argument's hash (as an unsigned word).
fn seed_with<C: Collector>(vm: &mut Vm<C>, me: ObjRef, arg: Option<ObjRef>) -> PyResult<()> {
    let arg = arg.filter(|&a| a != vm.none);
    let key = match arg {
        None => entropy_key(),
        Some(a) => {
            let n = match int_of(a) {
                // (An int subclass: `int.__abs__`, never its own.)
                Some(v) => v.to_big().magnitude().clone(),
                None => num_bigint::BigUint::from(vm.hash(a)? as u64),
            };
            let mut key = n.to_u32_digits();
            if key.is_empty() {
                key.push(0);
            }
            key
        }
    };
    let r = me.get::<RandomObject>().expect("checked by the caller");
    r.st.borrow_mut().init_by_array(&key);
    Ok(())
}

/// Key words for seeding without an argument: `/dev/urandom`, else the
/// time and the process id (CPython's `random_seed_time_pid`).
fn entropy_key() -> Vec<u32> {
    use std::io::Read;
    let mut bytes = [0u8; N * 4];
    let read = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes));
    if read.is_ok() {
        return bytes
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let nanos = now.as_nanos();
    vec![
        nanos as u32,
        (nanos >> 32) as u32,
        std::process::id(),
        (nanos >> 64) as u32,
    ]
}

/// `getstate()`: the 624 words and the position, a tuple of 625 ints.
fn getstate<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let r = me(vm, &args, "getstate")?;
    check_args(vm, &args, "getstate", 1, 1)?;
    let (words, index) = {
        let st = r.st.borrow();
        (st.words, st.index)
    };
    let items = vm.make_all(N + 1, |vm, i| match words.get(i) {
        Some(&w) => vm.new_int_i64(i64::from(w)),
        None => vm.new_int_i64(index as i64),
    })?;
    vm.new_tuple(items)
}

/// `setstate(state)`: the words and position `getstate` gave.
fn setstate<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let r = me(vm, &args, "setstate")?;
    check_args(vm, &args, "setstate", 2, 2)?;
    let state = args.pos[1];
    let Some(items) = crate::types::tuple::tuple_items(state) else {
        return Err(vm.type_error("state vector must be a tuple".into()));
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size".into()));
    }
    let items = items.to_vec();
    let mut words = [0u32; N];
    for (w, &o) in words.iter_mut().zip(&items) {
        // `PyLong_AsUnsignedLong`, then cut to 32 bits.
        let Some(v) = int_of(o) else {
            return Err(vm.type_error("an integer is required".into()));
        };
        let big = v.to_big();
        if big.sign() == num_bigint::Sign::Minus {
            return Err(vm.new_error(
                "OverflowError",
                "can't convert negative value to unsigned int".into(),
            ));
        }
        let Some(v) = num_traits::ToPrimitive::to_u64(&big) else {
            return Err(vm.new_error(
                "OverflowError",
                "Python int too large to convert to C unsigned long".into(),
            ));
        };
        *w = v as u32;
    }
    // `PyLong_AsLong`.
    let index = match vm.index_i64_or(items[N], "OverflowError") {
        Ok(Some(v)) => v,
        Ok(None) => {
            let tn = vm.type_name(items[N]);
            return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
        }
        Err(e) if vm.is_instance_of_name(e, "OverflowError") => {
            vm.decref(e);
            return Err(vm.new_error(
                "OverflowError",
                "Python int too large to convert to C long".into(),
            ));
        }
        Err(e) => return Err(e),
    };
    if !(0..=N as i64).contains(&index) {
        return Err(vm.value_error("invalid state".into()));
    }
    let mut st = r.st.borrow_mut();
    st.words = words;
    st.index = index as usize;
    drop(st);
    Ok(vm.new_none())
}
