//! A code object under construction, and its assembly.
//!
//! A [`Unit`] collects instructions (jumps refer to [`Label`]s until the end),
//! one position per instruction, and the constant, name and variable tables
//! with CPython's deduplication. [`Unit::assemble`] resolves labels to
//! instruction indices and computes `max_stack` by walking every path
//! through the code (see [`crate::codegen::stack`]).

use crate::HashMap;
use ruff_text_size::TextRange;
use std::rc::Rc;

use num_bigint::BigInt;

use super::fblock::FBlock;
use super::stack;
use crate::bytecode::{CodeFlags, CodeObject, Constant, Instr, Position};
use crate::symtable::{ScopeId, ScopeKind};

/// A jump target, resolved to an instruction index at assembly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Label(pub u32);

/// A hashable identity for constants, equal exactly when
/// [`Constant::same`] says so (floats by bits, code objects by address).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Ellipsis,
    Bool(bool),
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
    Code(usize),
}

impl ConstKey {
    fn of(c: &Constant) -> ConstKey {
        match c {
            Constant::None => ConstKey::None,
            Constant::Ellipsis => ConstKey::Ellipsis,
            Constant::Bool(b) => ConstKey::Bool(*b),
            Constant::Int(i) => ConstKey::Int(i.clone()),
            Constant::Float(f) => ConstKey::Float(f.to_bits()),
            Constant::Complex { real, imag } => ConstKey::Complex(real.to_bits(), imag.to_bits()),
            Constant::Str(s) => ConstKey::Str(s.clone()),
            Constant::Bytes(b) => ConstKey::Bytes(b.clone()),
            Constant::Tuple(items) => ConstKey::Tuple(items.iter().map(ConstKey::of).collect()),
            Constant::FrozenSet(items) => {
                ConstKey::FrozenSet(items.iter().map(ConstKey::of).collect())
            }
            Constant::Code(code) => ConstKey::Code(Rc::as_ptr(code) as usize),
        }
    }
}

/// An insertion-ordered set of strings with stable indices.
#[derive(Default)]
pub(crate) struct NameTable {
    pub list: Vec<String>,
    index: HashMap<String, u32>,
}

impl NameTable {
    pub fn insert(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = u32::try_from(self.list.len()).unwrap_or(u32::MAX);
        self.list.push(name.to_string());
        self.index.insert(name.to_string(), i);
        i
    }

    pub fn get(&self, name: &str) -> Option<u32> {
        self.index.get(name).copied()
    }
}

pub(crate) struct Unit<'a> {
    pub scope: ScopeId,
    pub kind: ScopeKind,
    pub name: String,
    pub qualname: String,
    /// Class name used for private name mangling inside this unit.
    pub private: Option<String>,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    pub instrs: Vec<Instr>,
    pub positions: Vec<Position>,
    consts: Vec<Constant>,
    const_index: HashMap<ConstKey, u32>,
    pub names: NameTable,
    pub varnames: NameTable,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// Instruction index of each label once bound.
    labels: Vec<Option<u32>>,
    /// The frame blocks (loops, try bodies, handlers) enclosing the code
    /// being generated, innermost last.
    pub fblocks: Vec<FBlock<'a>>,
    /// Source position given to instructions emitted now.
    pub loc: Position,
    /// The source range `loc` came from (where a compile error found now
    /// points, as CPython's `compiler_error` uses the current location).
    pub loc_range: TextRange,
}

impl<'a> Unit<'a> {
    pub fn new(scope: ScopeId, kind: ScopeKind, name: &str, qualname: String) -> Self {
        Unit {
            scope,
            kind,
            name: name.to_string(),
            qualname,
            private: None,
            first_line: 1,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: CodeFlags {
                optimized: kind.is_function_like(),
                ..CodeFlags::default()
            },
            instrs: Vec::new(),
            positions: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::default(),
            names: NameTable::default(),
            varnames: NameTable::default(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            labels: Vec::new(),
            fblocks: Vec::new(),
            loc: Position::default(),
            loc_range: TextRange::default(),
        }
    }

    pub fn emit(&mut self, instr: Instr) {
        self.instrs.push(instr);
        self.positions.push(self.loc);
    }

    /// The index `c` has (or now gets) in the constant table.
    pub fn add_const(&mut self, c: Constant) -> u32 {
        let key = ConstKey::of(&c);
        if let Some(&i) = self.const_index.get(&key) {
            return i;
        }
        let i = u32::try_from(self.consts.len()).unwrap_or(u32::MAX);
        self.consts.push(c);
        self.const_index.insert(key, i);
        i
    }

    pub fn new_label(&mut self) -> Label {
        let id = u32::try_from(self.labels.len()).unwrap_or(u32::MAX);
        self.labels.push(None);
        Label(id)
    }

    /// Make `label` refer to the next instruction emitted.
    pub fn bind(&mut self, label: Label) {
        let here = u32::try_from(self.instrs.len()).unwrap_or(u32::MAX);
        if let Some(slot) = self.labels.get_mut(label.0 as usize) {
            *slot = Some(here);
        }
    }

    /// Whether execution can run off the end of the code: the last
    /// instruction falls through, or some jump targets the end.
    pub fn falls_off_end(&self) -> bool {
        let end = u32::try_from(self.instrs.len()).unwrap_or(u32::MAX);
        let jumped_to = self.labels.contains(&Some(end));
        match self.instrs.last() {
            None => true,
            Some(last) => jumped_to || stack::falls_through(last),
        }
    }

    /// Resolve labels and build the finished code object.
    pub fn assemble(mut self, filename: Rc<str>) -> Result<CodeObject, String> {
        for instr in &mut self.instrs {
            if let Some(target) = stack::jump_target_mut(instr) {
                let label = *target as usize;
                *target = self
                    .labels
                    .get(label)
                    .copied()
                    .flatten()
                    .ok_or_else(|| format!("label {label} never bound"))?;
            }
        }
        self.remove_unreachable();
        let max_stack = stack::max_stack(&self.instrs)?;
        swap_unpacked_tuples(&mut self.instrs);
        fuse_test_and_jump(&mut self.instrs);
        fuse_local_pairs(&mut self.instrs, &self.positions);
        fuse_jumps_to_for_iter(&mut self.instrs);
        let cell2arg = self.cell2arg();
        Ok(CodeObject {
            name: self.name,
            qualname: self.qualname,
            filename,
            first_line: self.first_line,
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            flags: self.flags,
            instructions: self.instrs,
            positions: self.positions,
            consts: self.consts,
            names: self.names.list,
            varnames: self.varnames.list,
            cellvars: self.cellvars,
            freevars: self.freevars,
            cell2arg,
            max_stack,
            ast_constants: Vec::new(),
        })
    }

    /// Drop code no path reaches (after `return`, `break`, `raise`, or a
    /// constant test), renumbering jump targets, as CPython's optimizer does.
    fn remove_unreachable(&mut self) {
        let live = stack::reachable(&self.instrs);
        if live.iter().all(|&l| l) {
            return;
        }
        let mut new_index = Vec::with_capacity(live.len() + 1);
        let mut next = 0u32;
        for &l in &live {
            new_index.push(next);
            next += u32::from(l);
        }
        new_index.push(next);
        let instrs = std::mem::take(&mut self.instrs);
        let positions = std::mem::take(&mut self.positions);
        for ((mut instr, pos), keep) in instrs.into_iter().zip(positions).zip(live) {
            if !keep {
                continue;
            }
            if let Some(target) = stack::jump_target_mut(&mut instr) {
                *target = new_index[*target as usize];
            }
            self.instrs.push(instr);
            self.positions.push(pos);
        }
    }

    /// For each cell variable, the parameter it is initialised from.
    fn cell2arg(&self) -> Vec<Option<u32>> {
        let nparams = self.argcount
            + self.kwonlyargcount
            + u32::from(self.flags.varargs)
            + u32::from(self.flags.varkeywords);
        self.cellvars
            .iter()
            .map(|cell| self.varnames.get(cell).filter(|&i| i < nparams))
            .collect()
    }
}

/// CPython's peephole for `BUILD_TUPLE n` directly followed by
/// `UNPACK_SEQUENCE n` with n of 1 to 3 (`a, b = b, a`): no tuple is made;
/// the values change places on the stack (`SWAP n`; nothing for n = 1).
/// Both instructions stay in place as `NOP`s or the swap, so no index
/// moves; an unpack that a jump reaches (the tuple may come from elsewhere)
/// is left alone.
fn swap_unpacked_tuples(instrs: &mut [Instr]) {
    let targets: crate::HashSet<u32> = instrs.iter().filter_map(stack::jump_target).collect();
    for i in 1..instrs.len() {
        let (Instr::BuildTuple(n), Instr::UnpackSequence(m)) = (instrs[i - 1], instrs[i]) else {
            continue;
        };
        if n != m || !(1..=3).contains(&n) || targets.contains(&(i as u32)) {
            continue;
        }
        instrs[i - 1] = Instr::Nop;
        instrs[i] = if n == 1 { Instr::Nop } else { Instr::Swap(n) };
    }
}

/// After `fuse_test_and_jump`: CPython's superinstructions for a local
/// load or store directly followed by a local or constant load on the
/// same line (`Instr::LoadFastLoadFast` and friends). The second
/// instruction stays where it was (a jump target, and where an error in it
/// is reported), so no index moves; one that is already the second of a
/// pair is not fused again. A local followed by an attribute access
/// (`Instr::LoadFastLoadAttr` and friends, ouro's own) is fused first:
/// it saves more than the pair before it would.
fn fuse_local_pairs(instrs: &mut [Instr], positions: &[Position]) {
    let line = |i: usize| positions.get(i).map(|p| p.line);
    // (A function of the slice, which the loop below changes.)
    let attr_pair = |instrs: &[Instr], i: usize| match (instrs.get(i), instrs.get(i + 1)) {
        _ if line(i) != line(i + 1) => None,
        (Some(&Instr::LoadFast(a)), Some(&Instr::LoadAttr(n))) => {
            Some(Instr::LoadFastLoadAttr(a, n))
        }
        (Some(&Instr::LoadFast(a)), Some(&Instr::StoreAttr(n))) => {
            Some(Instr::LoadFastStoreAttr(a, n))
        }
        (Some(&Instr::LoadFast(a)), Some(&Instr::LoadMethod(n))) => {
            Some(Instr::LoadFastLoadMethod(a, n))
        }
        _ => None,
    };
    let mut i = 0;
    while i + 1 < instrs.len() {
        let fused = match (instrs[i], instrs[i + 1]) {
            _ if line(i) != line(i + 1) => None,
            _ if attr_pair(instrs, i + 1).is_some() => None,
            (
                Instr::LoadFast(_),
                Instr::LoadAttr(_) | Instr::StoreAttr(_) | Instr::LoadMethod(_),
            ) => attr_pair(instrs, i),
            (Instr::LoadFast(a), Instr::LoadFast(b)) => Some(Instr::LoadFastLoadFast(a, b)),
            (Instr::StoreFast(a), Instr::LoadFast(b)) => Some(Instr::StoreFastLoadFast(a, b)),
            (Instr::StoreFast(a), Instr::StoreFast(b)) => Some(Instr::StoreFastStoreFast(a, b)),
            (Instr::ForIter(t), Instr::StoreFast(a)) => Some(Instr::ForIterStoreFast(t, a)),
            (Instr::BinaryOp { op, inplace }, Instr::StoreFast(local)) => {
                Some(Instr::BinaryOpStoreFast { op, inplace, local })
            }
            (Instr::LoadFast(a), Instr::LoadConst(c)) => Some(Instr::LoadFastLoadConst(a, c)),
            _ => None,
        };
        match fused {
            Some(f) => {
                instrs[i] = f;
                i += 2;
            }
            None => i += 1,
        }
    }
}

/// After `fuse_local_pairs`: a `Jump` to a loop's `ForIter` (or its fused
/// form) becomes `Instr::JumpForIter`, which runs it in the same step.
fn fuse_jumps_to_for_iter(instrs: &mut [Instr]) {
    for i in 0..instrs.len() {
        if let Instr::Jump(t) = instrs[i] {
            if let Some(Instr::ForIter(_) | Instr::ForIterStoreFast(..)) = instrs.get(t as usize) {
                instrs[i] = Instr::JumpForIter(t);
            }
        }
    }
}

/// A last pass: a comparison or identity test directly followed by a
/// conditional jump becomes its fused form (`Instr::CompareOpJump`,
/// `Instr::IsOpJump`). The jump instruction stays where it was (a target
/// of other jumps, and what the fused form reads its target from), so no
/// index moves.
fn fuse_test_and_jump(instrs: &mut [Instr]) {
    for i in 1..instrs.len() {
        if !matches!(
            instrs[i],
            Instr::PopJumpIfFalse(_) | Instr::PopJumpIfTrue(_)
        ) {
            continue;
        }
        instrs[i - 1] = match instrs[i - 1] {
            Instr::CompareOp(op) => Instr::CompareOpJump(op),
            Instr::IsOp(invert) => Instr::IsOpJump(invert),
            other => other,
        };
    }
}
