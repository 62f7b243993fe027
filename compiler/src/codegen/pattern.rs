//! The `match` statement (PEP 634), as CPython 3.11's `compiler_match`.
//!
//! Each case matches a copy of the subject (the last one the subject
//! itself). A pattern consumes the value on top of the stack; what it
//! captures is kept on the stack, below the values still being matched, and
//! bound to names only once the whole pattern has matched (so a failed case
//! binds nothing). On failure the code jumps to a `fail_pop` label that pops
//! whatever the pattern left on the stack and goes on with the next case.
//!
//! Stack layout while a case's pattern runs, bottom to top:
//! `[subject] [captures: the first captured on top] [values being matched]`.

use crate::HashSet;

use ruff_python_ast::{self as ast, Expr, Pattern, Singleton};
use ruff_text_size::Ranged;

use super::unit::Label;
use super::{Compiler, Ctx, Result};
use crate::bytecode::{CmpOp, Constant, Instr};

/// The state of one pattern being compiled (CPython's `pattern_context`).
struct PatternCtx {
    /// Names captured so far, in capture order (the first is on top of the
    /// captures).
    stores: Vec<String>,
    /// Values on the stack above the captures, the one being matched
    /// included.
    on_top: usize,
    /// `fail_pop[n]` pops n values, then goes on with the next case (or
    /// alternative).
    fail_pop: Vec<Label>,
    /// May this pattern be irrefutable (the last case, a guarded one, or
    /// inside a bigger pattern)?
    allow_irrefutable: bool,
}

impl PatternCtx {
    fn new(on_top: usize, allow_irrefutable: bool) -> Self {
        PatternCtx {
            stores: Vec::new(),
            on_top,
            fail_pop: Vec::new(),
            allow_irrefutable,
        }
    }
}

/// Is this pattern `_`?
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

impl<'a> Compiler<'a, '_, '_> {
    pub(super) fn compile_match(&mut self, s: &'a ast::StmtMatch) -> Result {
        self.compile_expr(&s.subject)?;
        let end = self.new_label();
        let cases = s.cases.len();
        let has_default = cases > 1 && s.cases.last().is_some_and(|c| is_wildcard(&c.pattern));
        let looped = cases - usize::from(has_default);
        for (i, case) in s.cases[..looped].iter().enumerate() {
            let last = i + 1 == looped;
            self.set_loc(case.pattern.range());
            if !last {
                self.emit(Instr::Copy(1));
            }
            let mut pc = PatternCtx::new(1, case.guard.is_some() || i + 1 == cases);
            self.compile_pattern(&case.pattern, &mut pc)?;
            for name in pc.stores.clone() {
                self.name_op(&name, Ctx::Store, case.pattern.range())?;
            }
            if let Some(guard) = &case.guard {
                let fail = self.fail_label(&mut pc, 0);
                self.jump_if(guard, fail, false)?;
            }
            if !last {
                self.emit(Instr::PopTop);
            }
            self.compile_stmts(&case.body)?;
            self.jump(Instr::Jump, end);
            self.set_loc(case.pattern.range());
            self.emit_fail_pops(&pc);
        }
        if has_default {
            let case = &s.cases[cases - 1];
            self.set_loc(case.pattern.range());
            if cases == 1 {
                self.emit(Instr::PopTop);
            } else {
                self.emit(Instr::Nop);
            }
            if let Some(guard) = &case.guard {
                self.jump_if(guard, end, false)?;
            }
            self.compile_stmts(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    /// The label that pops `n` values and fails.
    fn fail_label(&mut self, pc: &mut PatternCtx, n: usize) -> Label {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[n]
    }

    /// `[.., bool] -> [..]`, failing (popping everything the pattern left)
    /// when false.
    fn jump_if_no_match(&mut self, pc: &mut PatternCtx) {
        let n = pc.on_top + pc.stores.len();
        let fail = self.fail_label(pc, n);
        self.jump(Instr::PopJumpIfFalse, fail);
    }

    /// `fail_pop[n]: PopTop; fail_pop[n-1]: PopTop; ... fail_pop[0]:`
    fn emit_fail_pops(&mut self, pc: &PatternCtx) {
        for (n, &label) in pc.fail_pop.iter().enumerate().rev() {
            self.bind(label);
            if n > 0 {
                self.emit(Instr::PopTop);
            }
        }
    }

    /// Move the top of the stack below the `n` values under it.
    fn rotate_down(&mut self, n: usize) {
        for k in (2..=n + 1).rev() {
            self.emit(Instr::Swap(k as u32));
        }
    }

    /// Bring the value `n` deep (1 = the top) to the top, keeping the
    /// order of the others.
    fn rotate_up(&mut self, n: usize) {
        for k in 2..=n {
            self.emit(Instr::Swap(k as u32));
        }
    }

    /// Capture the value on top as `name`: it joins the captures, below the
    /// values still being matched and the earlier captures.
    fn capture(&mut self, name: &ast::Identifier, pc: &mut PatternCtx) -> Result {
        if pc.stores.iter().any(|s| s == name.as_str()) {
            let msg = format!("multiple assignments to name '{name}' in pattern");
            return Err(self.error(&msg, name.range));
        }
        self.rotate_down(pc.on_top - 1 + pc.stores.len());
        pc.on_top -= 1;
        pc.stores.push(name.to_string());
        Ok(())
    }

    fn compile_pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> Result {
        self.set_loc(p.range());
        match p {
            Pattern::MatchValue(v) => {
                self.check_value_pattern(&v.value)?;
                self.compile_expr(&v.value)?;
                self.emit(Instr::CompareOp(CmpOp::Eq));
                pc.on_top -= 1;
                self.jump_if_no_match(pc);
                Ok(())
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    Singleton::None => Constant::None,
                    Singleton::True => Constant::Bool(true),
                    Singleton::False => Constant::Bool(false),
                });
                self.emit(Instr::IsOp(false));
                pc.on_top -= 1;
                self.jump_if_no_match(pc);
                Ok(())
            }
            Pattern::MatchAs(a) => self.compile_pattern_as(a, pc),
            Pattern::MatchStar(s) => Err(self.error("can't use starred name here", s.range)),
            Pattern::MatchSequence(s) => self.compile_pattern_sequence(s, pc),
            Pattern::MatchMapping(m) => self.compile_pattern_mapping(m, pc),
            Pattern::MatchClass(c) => self.compile_pattern_class(c, pc),
            Pattern::MatchOr(o) => self.compile_pattern_or(o, pc),
        }
    }

    /// Inside a bigger pattern, a subpattern may always match.
    fn compile_subpattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> Result {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        let r = self.compile_pattern(p, pc);
        pc.allow_irrefutable = allow;
        r
    }

    fn compile_pattern_as(&mut self, a: &'a ast::PatternMatchAs, pc: &mut PatternCtx) -> Result {
        match &a.pattern {
            None => {
                if !pc.allow_irrefutable {
                    let msg = match &a.name {
                        Some(n) => {
                            format!("name capture '{n}' makes remaining patterns unreachable")
                        }
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    };
                    return Err(self.error(&msg, a.range));
                }
                match &a.name {
                    Some(name) => self.capture(name, pc),
                    None => {
                        self.emit(Instr::PopTop);
                        pc.on_top -= 1;
                        Ok(())
                    }
                }
            }
            Some(inner) => {
                // `P as name`: match a copy against P, then capture.
                self.emit(Instr::Copy(1));
                pc.on_top += 1;
                self.compile_pattern(inner, pc)?;
                match &a.name {
                    Some(name) => self.capture(name, pc),
                    None => {
                        self.emit(Instr::PopTop);
                        pc.on_top -= 1;
                        Ok(())
                    }
                }
            }
        }
    }

    fn compile_pattern_sequence(
        &mut self,
        s: &'a ast::PatternMatchSequence,
        pc: &mut PatternCtx,
    ) -> Result {
        let n = s.patterns.len();
        let mut star = None;
        for (i, p) in s.patterns.iter().enumerate() {
            if let Pattern::MatchStar(_) = p {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern", s.range));
                }
                star = Some(i);
            }
        }
        self.emit(Instr::MatchSequence);
        self.jump_if_no_match(pc);
        self.emit(Instr::GetLen);
        let (len, op) = match star {
            None => (n, CmpOp::Eq),
            Some(_) => (n - 1, CmpOp::Ge),
        };
        self.load_const(Constant::Int(len.into()));
        self.emit(Instr::CompareOp(op));
        self.jump_if_no_match(pc);
        let count = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        match star {
            None => self.emit(Instr::UnpackSequence(count(n))),
            Some(i) => self.emit(Instr::UnpackEx {
                before: count(i),
                after: count(n - i - 1),
            }),
        }
        pc.on_top += n;
        pc.on_top -= 1;
        for p in &s.patterns {
            match p {
                Pattern::MatchStar(st) => match &st.name {
                    Some(name) => self.capture(name, pc)?,
                    None => {
                        self.emit(Instr::PopTop);
                        pc.on_top -= 1;
                    }
                },
                _ => self.compile_subpattern(p, pc)?,
            }
        }
        Ok(())
    }

    fn compile_pattern_mapping(
        &mut self,
        m: &'a ast::PatternMatchMapping,
        pc: &mut PatternCtx,
    ) -> Result {
        self.emit(Instr::MatchMapping);
        self.jump_if_no_match(pc);
        let n = m.keys.len();
        if n == 0 && m.rest.is_none() {
            self.emit(Instr::PopTop);
            pc.on_top -= 1;
            return Ok(());
        }
        if n > 0 {
            self.emit(Instr::GetLen);
            self.load_const(Constant::Int(n.into()));
            self.emit(Instr::CompareOp(CmpOp::Ge));
            self.jump_if_no_match(pc);
        }
        // The keys: literals (checked for duplicates here) and value
        // patterns (checked by the vm).
        let mut seen: Vec<Constant> = Vec::new();
        for key in &m.keys {
            match self.folder.constant(key) {
                Some(c) => {
                    if seen.iter().any(|s| s.same(&c)) {
                        let msg = format!(
                            "mapping pattern checks duplicate key ({})",
                            crate::repr::constant_repr(&c)
                        );
                        return Err(self.error(&msg, m.range));
                    }
                    seen.push(c);
                }
                None => self.check_value_pattern(key)?,
            }
        }
        for key in &m.keys {
            self.compile_expr(key)?;
        }
        self.emit(Instr::BuildTuple(u32::try_from(n).unwrap_or(u32::MAX)));
        pc.on_top += 1;
        self.emit(Instr::MatchKeys);
        pc.on_top += 1;
        self.emit(Instr::Copy(1));
        self.load_const(Constant::None);
        self.emit(Instr::IsOp(true));
        self.jump_if_no_match(pc);
        self.emit(Instr::UnpackSequence(u32::try_from(n).unwrap_or(u32::MAX)));
        pc.on_top += n;
        pc.on_top -= 1;
        for p in &m.patterns {
            self.compile_subpattern(p, pc)?;
        }
        // [.., subject, keys]
        match &m.rest {
            Some(rest) => {
                self.emit(Instr::CopyDictWithoutKeys);
                self.capture(rest, pc)?;
            }
            None => {
                self.emit(Instr::PopTop);
                pc.on_top -= 1;
            }
        }
        self.emit(Instr::PopTop);
        pc.on_top -= 1;
        Ok(())
    }

    fn compile_pattern_class(
        &mut self,
        c: &'a ast::PatternMatchClass,
        pc: &mut PatternCtx,
    ) -> Result {
        let args = &c.arguments;
        let mut names: Vec<&str> = Vec::new();
        for k in &args.keywords {
            if names.contains(&k.attr.as_str()) {
                let msg = format!("attribute name repeated in class pattern: {}", k.attr);
                return Err(self.error(&msg, k.pattern.range()));
            }
            names.push(k.attr.as_str());
        }
        self.compile_expr(&c.cls)?;
        let kw = names.iter().map(|n| Constant::Str(n.to_string())).collect();
        self.load_const(Constant::Tuple(kw));
        self.set_loc(c.range);
        let npos = u32::try_from(args.patterns.len()).unwrap_or(u32::MAX);
        self.emit(Instr::MatchClass(npos));
        // [.., attributes or None]
        self.emit(Instr::Copy(1));
        self.load_const(Constant::None);
        self.emit(Instr::IsOp(true));
        self.jump_if_no_match(pc);
        let n = args.patterns.len() + args.keywords.len();
        self.emit(Instr::UnpackSequence(u32::try_from(n).unwrap_or(u32::MAX)));
        pc.on_top += n;
        pc.on_top -= 1;
        for p in args
            .patterns
            .iter()
            .chain(args.keywords.iter().map(|k| &k.pattern))
        {
            self.compile_subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `P1 | P2 | ...`: each alternative matches a copy of the value; all
    /// must bind the same names, which end up as captures of the whole in
    /// the first alternative's order.
    fn compile_pattern_or(&mut self, o: &'a ast::PatternMatchOr, pc: &mut PatternCtx) -> Result {
        let success = self.new_label();
        let mut control: Option<Vec<String>> = None;
        let count = o.patterns.len();
        for (i, alt) in o.patterns.iter().enumerate() {
            self.set_loc(alt.range());
            self.emit(Instr::Copy(1));
            let last = i + 1 == count;
            let mut sub = PatternCtx::new(1, last && pc.allow_irrefutable);
            self.compile_pattern(alt, &mut sub)?;
            // [.., value, this alternative's captures (its first on top)]
            let target = match &control {
                None => sub.stores.clone(),
                Some(names) => {
                    let a: HashSet<&String> = names.iter().collect();
                    let b: HashSet<&String> = sub.stores.iter().collect();
                    if a != b {
                        let msg = "alternative patterns bind different names";
                        return Err(self.error(msg, self.pattern_range(alt)));
                    }
                    names.clone()
                }
            };
            // Ordered as the first alternative's, its first deepest.
            let current: Vec<String> = sub.stores.iter().rev().cloned().collect();
            self.permute(current, &target);
            control.get_or_insert(target);
            self.jump(Instr::Jump, success);
            // This alternative failed: its leftovers are popped and the
            // value is tried with the next one.
            self.emit_fail_pops(&sub);
        }
        // Every alternative failed: [.., value] goes the caller's way.
        let n = pc.on_top + pc.stores.len();
        let fail = self.fail_label(pc, n);
        self.jump(Instr::Jump, fail);
        self.bind(success);
        let names = control.unwrap_or_default();
        let k = names.len();
        // [captures][values][value][new captures, first deepest]: drop the
        // value, then sink the new captures below the earlier ones.
        self.rotate_up(k + 1);
        self.emit(Instr::PopTop);
        pc.on_top -= 1;
        let (m, w) = (pc.stores.len(), pc.on_top);
        for j in (0..k).rev() {
            self.rotate_down(m + w + j);
        }
        for name in names {
            if pc.stores.contains(&name) {
                let msg = format!("multiple assignments to name '{name}' in pattern");
                return Err(self.error(&msg, o.range));
            }
            pc.stores.push(name);
        }
        Ok(())
    }

    /// A pattern's position as CPython reports it: a parenthesized
    /// sequence pattern starts inside its parentheses.
    fn pattern_range(&self, p: &Pattern) -> ruff_text_size::TextRange {
        let r = p.range();
        let start = r.start().to_usize();
        match p {
            Pattern::MatchSequence(_) if self.info.source[start..].starts_with('(') => {
                r.add_start(ruff_text_size::TextSize::from(1))
            }
            _ => r,
        }
    }

    /// Reorder the top `current.len()` values (named bottom to top by
    /// `current`) into `target` (bottom to top).
    fn permute(&mut self, mut current: Vec<String>, target: &[String]) {
        if current == target {
            return;
        }
        for name in target {
            let p = current.iter().position(|c| c == name).expect("same names");
            let depth = current.len() - p;
            self.rotate_up(depth);
            let v = current.remove(p);
            current.push(v);
        }
    }

    /// A value pattern's expression must be a literal or a dotted name
    /// (the parser checks most of this; a bare name is a capture).
    fn check_value_pattern(&self, e: &Expr) -> Result {
        match e {
            Expr::Attribute(_)
            | Expr::NumberLiteral(_)
            | Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::UnaryOp(_)
            | Expr::BinOp(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::FString(_) => Ok(()),
            _ => Err(self.error(
                "patterns may only match literals and attribute lookups",
                e.range(),
            )),
        }
    }
}
