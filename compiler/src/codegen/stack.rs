//! Stack effects of instructions and the `max_stack` computation.
//!
//! [`max_stack`] walks every path through a code object from instruction 0,
//! following jumps, fall-throughs and exception handlers (a handler is
//! entered with the depth recorded by its `SetupFinally` plus the pushed
//! exception). Invariant checked on the way: every instruction is reached
//! with one and the same depth on all paths, and the depth never goes
//! negative. A violation is a code generator bug, reported as an internal
//! error rather than producing code the vm would mis-execute.

use crate::bytecode::Instr;

/// The jump target of a jump instruction, mutable (for label resolution).
pub(crate) fn jump_target_mut(instr: &mut Instr) -> Option<&mut u32> {
    match instr {
        Instr::Jump(t)
        | Instr::JumpForIter(t)
        | Instr::PopJumpIfFalse(t)
        | Instr::PopJumpIfTrue(t)
        | Instr::JumpIfFalseOrPop(t)
        | Instr::JumpIfTrueOrPop(t)
        | Instr::ForIter(t)
        | Instr::ForIterStoreFast(t, _)
        | Instr::SetupFinally(t)
        | Instr::SetupWith(t)
        | Instr::Send(t) => Some(t),
        _ => None,
    }
}

pub(crate) fn jump_target(instr: &Instr) -> Option<u32> {
    let mut copy = *instr;
    jump_target_mut(&mut copy).map(|t| *t)
}

/// Whether control can continue with the next instruction.
pub(crate) fn falls_through(instr: &Instr) -> bool {
    !matches!(
        instr,
        Instr::Jump(_)
            | Instr::JumpForIter(_)
            | Instr::ReturnValue
            | Instr::RaiseVarargs(_)
            | Instr::Reraise
    )
}

/// Stack effect when execution continues with the next instruction.
fn effect(instr: &Instr) -> i64 {
    use Instr::*;
    let n = |x: &u32| i64::from(*x);
    match instr {
        Nop | Swap(_) | LoadAttr(_) | UnaryOp(_) | ListToTuple | GetIter | SetupFinally(_)
        | SetupWith(_) | PopBlock | CheckExcMatch | Jump(_) | JumpForIter(_) | DeleteFast(_)
        | DeleteName(_) | DeleteGlobal(_) | DeleteDeref(_) | YieldValue | GetYieldFromIter
        | Send(_) | GetAwaitable(_) | GetAIter | SetupAnnotations | AsyncGenWrap | CheckEgMatch
        | WithExitCall => 0,
        GetANext | BeforeAsyncWith | MatchMapping | MatchSequence | GetLen | MatchKeys => 1,
        CopyDictWithoutKeys => 0,
        MatchClass(_) => -2,
        EndAsyncFor => -2,
        Copy(_)
        | LoadConst(_)
        | LoadFast(_)
        | LoadFastLoadFast(..)
        | LoadFastLoadConst(..)
        | LoadFastLoadAttr(..)
        | LoadFastStoreAttr(..)
        | LoadFastLoadMethod(..)
        | LoadName(_)
        | LoadGlobal(_)
        | LoadDeref(_)
        | LoadClosure(_)
        | LoadClassDeref(_)
        | LoadMethod(_)
        | LoadBuildClass
        | PushExcInfo
        | LoadAssertionError
        | ImportFrom(_)
        | ForIter(_)
        | ForIterStoreFast(..)
        | BeforeWith
        | WithExceptStart => 1,
        PopTop
        | StoreFast(_)
        | StoreFastLoadFast(..)
        | StoreFastStoreFast(..)
        | StoreName(_)
        | StoreGlobal(_)
        | StoreDeref(_)
        | DeleteAttr(_)
        | BinaryOp { .. }
        | BinaryOpStoreFast { .. }
        | CompareOp(_)
        | CompareOpJump(_)
        | IsOp(_)
        | IsOpJump(_)
        | ContainsOp(_)
        | BinarySubscr
        | ListAppend(_)
        | SetAdd(_)
        | ListExtend(_)
        | SetUpdate(_)
        | DictUpdate(_)
        | DictMerge(_)
        | PopJumpIfFalse(_)
        | PopJumpIfTrue(_)
        | JumpIfFalseOrPop(_)
        | JumpIfTrueOrPop(_)
        | ReturnValue
        | PrintExpr
        | PopExcept
        | PrepReraiseStar
        | Reraise
        | ImportName(_)
        | ImportStar => -1,
        StoreAttr(_) | DeleteSubscr | MapAdd(_) => -2,
        StoreSubscr => -3,
        BuildSlice(k) | BuildTuple(k) | BuildList(k) | BuildSet(k) | BuildString(k) => 1 - n(k),
        BuildMap(k) => 1 - 2 * n(k),
        UnpackSequence(k) => n(k) - 1,
        UnpackEx { before, after } => n(before) + n(after),
        FormatValue { has_spec, .. } => -i64::from(*has_spec),
        Call(k) => -n(k),
        CallKw(k) | CallMethod(k) => -n(k) - 1,
        CallMethodKw(k) => -n(k) - 2,
        CallFunctionEx { has_kwargs } => -1 - i64::from(*has_kwargs),
        MakeFunction(f) => -[f.defaults, f.kwdefaults, f.annotations, f.closure]
            .iter()
            .map(|&b| i64::from(b))
            .sum::<i64>(),
        RaiseVarargs(k) => -n(k),
    }
}

/// Stack effect when a jump instruction takes its jump (for `SetupFinally`,
/// when its handler is entered).
fn jump_effect(instr: &Instr) -> i64 {
    match instr {
        Instr::ForIter(_)
        | Instr::ForIterStoreFast(..)
        | Instr::PopJumpIfFalse(_)
        | Instr::PopJumpIfTrue(_)
        | Instr::Send(_) => -1,
        Instr::SetupFinally(_) => 1,
        _ => 0,
    }
}

/// Which instructions can execute: reachable from the entry by falling
/// through, jumping, or entering an exception handler.
pub(crate) fn reachable(instrs: &[Instr]) -> Vec<bool> {
    let mut seen = vec![false; instrs.len()];
    let mut work = vec![0usize];
    while let Some(i) = work.pop() {
        let Some(instr) = instrs.get(i) else { continue };
        if std::mem::replace(&mut seen[i], true) {
            continue;
        }
        if falls_through(instr) {
            work.push(i + 1);
        }
        if let Some(target) = jump_target(instr) {
            work.push(target as usize);
        }
    }
    seen
}

/// The deepest the value stack gets on any path through `instrs`.
pub(crate) fn max_stack(instrs: &[Instr]) -> Result<u32, String> {
    let mut depth: Vec<Option<i64>> = vec![None; instrs.len() + 1];
    let mut work = vec![0usize];
    depth[0] = Some(0);
    let mut max = 0i64;
    while let Some(i) = work.pop() {
        let Some(instr) = instrs.get(i) else { continue };
        let here = depth[i].unwrap_or(0);
        let mut successors = Vec::with_capacity(2);
        if falls_through(instr) {
            successors.push((i + 1, here + effect(instr)));
        }
        if let Some(target) = jump_target(instr) {
            successors.push((target as usize, here + jump_effect(instr)));
        }
        for (next, d) in successors {
            if d < 0 {
                return Err(format!("stack underflow after instruction {i} ({instr:?})"));
            }
            max = max.max(d);
            match depth.get(next).copied().flatten() {
                None if next < depth.len() => {
                    depth[next] = Some(d);
                    work.push(next);
                }
                Some(seen) if seen != d => {
                    return Err(format!(
                        "instruction {next} reached with stack depths {seen} and {d}"
                    ));
                }
                _ => {}
            }
        }
    }
    u32::try_from(max).map_err(|_| "stack too deep".to_string())
}
