//! `_random`: the Mersenne Twister's word-level work (CPython's
//! `_randommodule.c`: `init_by_array`, the twist, tempering) natively, for
//! `random.py`, which keeps everything above the words. A loop of 624
//! steps per twist is too slow in Python, and under `--stress-gc` every
//! step would be a collection.

use crate::builtins::check_args;
use crate::types::scalar::int_of;
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};

const N: usize = 624;
const M: usize = 397;

pub fn install<C: Collector>(vm: &mut Vm<C>) {
    super::new_native_module(
        vm,
        "_random",
        &[
            ("init_by_array", init_by_array),
            ("twist", twist),
            ("temper_all", temper_all),
        ],
    );
}

/// The 32-bit words of a list or tuple of ints (each taken modulo 2**32).
fn words<C: Collector>(vm: &mut Vm<C>, o: ObjRef) -> PyResult<Vec<u32>> {
    let items = vm.seq_items(o);
    let mut out = Vec::with_capacity(items.len());
    for i in items {
        match int_of(i) {
            Some(v) => out.push(
                (v.to_big() & num_bigint::BigInt::from(u32::MAX))
                    .try_into()
                    .unwrap_or(0),
            ),
            None => return Err(vm.type_error("an integer is required".into())),
        }
    }
    Ok(out)
}

fn to_list<C: Collector>(vm: &mut Vm<C>, ws: &[u32]) -> PyResult<ObjRef> {
    let mut items = Vec::with_capacity(ws.len());
    for &w in ws {
        match vm.new_int_i64(i64::from(w)) {
            Ok(o) => items.push(o),
            Err(e) => {
                vm.with_roots(&[e], |vm| vm.decref_all(items));
                return Err(e);
            }
        }
    }
    vm.new_list(items)
}

fn init_genrand(s: u32) -> Vec<u32> {
    let mut mt = Vec::with_capacity(N);
    mt.push(s);
    for i in 1..N {
        let prev = mt[i - 1];
        mt.push(
            1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32),
        );
    }
    mt
}

/// `init_by_array(key)`: a fresh state from the key words.
fn init_by_array<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "init_by_array", 1, 1)?;
    let key = words(vm, args.pos[0])?;
    let mut mt = init_genrand(19_650_218);
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
    to_list(vm, &mt)
}

/// `twist(mt)`: the next 624 words (a new list).
fn twist<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "twist", 1, 1)?;
    let mut mt = words(vm, args.pos[0])?;
    if mt.len() != N {
        return Err(vm.value_error("state vector is the wrong size".into()));
    }
    let mag = |y: u32| if y & 1 == 1 { 0x9908_b0df } else { 0 };
    for kk in 0..N {
        let y = (mt[kk] & 0x8000_0000) | (mt[(kk + 1) % N] & 0x7fff_ffff);
        mt[kk] = mt[(kk + M) % N] ^ (y >> 1) ^ mag(y);
    }
    to_list(vm, &mt)
}

/// `temper_all(mt)`: each word's output.
fn temper_all<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "temper_all", 1, 1)?;
    let mt = words(vm, args.pos[0])?;
    let out: Vec<u32> = mt
        .into_iter()
        .map(|mut y| {
            y ^= y >> 11;
            y ^= (y << 7) & 0x9d2c_5680;
            y ^= (y << 15) & 0xefc6_0000;
            y ^ (y >> 18)
        })
        .collect();
    to_list(vm, &out)
}
