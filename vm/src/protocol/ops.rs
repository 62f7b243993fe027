//! Operators on any object: binary and unary operators, rich comparison,
//! truth, hashing and equality. Builtin types are handled in Rust first;
//! user classes through their dunder methods with CPython's reflected-operand
//! rules and error messages.

use crate::object::{layout_tag, ObjExt, Tag};
use crate::types::bytes::bytes_of;
use crate::types::list::list_of;
use crate::types::scalar::int_of;
use crate::types::set::set_of;
use crate::types::str::str_of;
use crate::types::tuple::tuple_items;
use crate::vm::{PyResult, Vm};
use ouro_compiler::bytecode::{BinOp, CmpOp, UnaryOp};
use ouro_gc_core::{Collector, ObjRef};

fn dunder(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::And => ("__and__", "__rand__", "__iand__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Or => ("__or__", "__ror__", "__ior__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

/// Does this object's type come from a class statement (so its dunders are
/// looked up in Python)?
pub fn is_user(o: ObjRef) -> bool {
    match o.tag() {
        // (A deque's and a partial's behaviour is the methods of their
        // type.)
        Tag::Instance
        | Tag::Exception
        | Tag::Subclass
        | Tag::Deque
        | Tag::Partial
        | Tag::Random => true,
        // A class whose metaclass is a user class: its dunders are the
        // metaclass's (`len(Color)`, `repr(Color)`).
        Tag::Type => o
            .payload::<crate::types::typeobj::TypeObject>()
            .meta
            .get()
            .is_some(),
        _ => false,
    }
}

/// A dict's keys or items view: set-like (a values view is not).
fn is_set_view(o: ObjRef) -> bool {
    use crate::types::iter::{DictPart, DictViewObject};
    o.tag() == Tag::DictView && o.payload::<DictViewObject>().part != DictPart::Values
}

/// int < float < complex: a number type's slots take operands of its own
/// rank or lower (CPython's long, float and complex slots).
pub(crate) fn number_rank(t: Tag) -> Option<u8> {
    match t {
        Tag::Int | Tag::Bool => Some(0),
        Tag::Float => Some(1),
        Tag::Complex => Some(2),
        _ => None,
    }
}

/// Is `o` a str, bytes, bytearray, list or tuple (or an instance of a
/// subclass of one): an object with CPython's sequence slots?
fn is_sequence_layout(o: ObjRef) -> bool {
    matches!(
        crate::object::layout_tag(o),
        Tag::Str | Tag::Bytes | Tag::Bytearray | Tag::List | Tag::Tuple
    )
}

/// Is `b` a number of a higher rank than `a` (`(2).__add__(1.5)`), which
/// `a`'s arithmetic leaves to `b`?
pub(crate) fn wider_number(a: ObjRef, b: ObjRef) -> bool {
    matches!(
        (number_rank(crate::object::layout_tag(a)), number_rank(crate::object::layout_tag(b))),
        (Some(x), Some(y)) if y > x
    )
}

impl<C: Collector> Vm<C> {
    /// Does `o`'s class keep its builtin base's `sq_concat` (for `+`) or
    /// `sq_repeat` (for `*`)? A class that defines `__add__` (`__mul__`,
    /// `__rmul__`) in Python clears it, as CPython's slot update does.
    fn keeps_sequence_slot(&mut self, o: ObjRef, op: BinOp) -> bool {
        let names: &[&str] = match op {
            BinOp::Add => &["__add__"],
            _ => &["__mul__", "__rmul__"],
        };
        o.tag() != Tag::Subclass || !self.defines_in_python(o, names)
    }

    /// May the class instance `n` (with `__index__`) repeat a sequence
    /// before any dunder runs: its class has no `dunder` of its own
    /// (`__mul__` on the left, `__rmul__` on the right), which CPython's
    /// number slot would call first (`binary_op` repeats after it declines).
    fn index_repeats(&mut self, n: ObjRef, dunder: &str) -> bool {
        self.has_index(n) && !self.defines_in_python(n, &[dunder])
    }

    /// Does `o`'s class (or a base) define one of `names` other than as
    /// a builtin type's method? (Either of `__add__`/`__radd__` gives a
    /// class CPython's number slot `nb_add`.)
    fn defines_in_python(&mut self, o: ObjRef, names: &[&str]) -> bool {
        let t = self.type_of(o);
        names.iter().any(|n| {
            let key = self.intern_borrow(n);
            self.lookup_type_attr(t, key)
                .is_some_and(|f| f.tag() != Tag::Builtin)
        })
    }

    /// `a op b` (or `a op= b`).
    pub fn binary_op(
        &mut self,
        a: ObjRef,
        b: ObjRef,
        op: BinOp,
        inplace: bool,
    ) -> PyResult<ObjRef> {
        if inplace {
            if let Some(r) = self.inplace_builtin(a, b, op)? {
                return Ok(r);
            }
            if is_user(a) {
                if let Some(r) = self.try_dunder(a, dunder(op).2, &[b])? {
                    return Ok(r);
                }
            }
        }
        let subclassed = a.tag() == Tag::Subclass || b.tag() == Tag::Subclass;
        // A class instance with another or with a number (`v + w`, `v *
        // 2.0`): no number, sequence or set-view operation applies, only
        // the dunders below.
        let dunders_only = a.tag() == Tag::Instance
            && matches!(b.tag(), Tag::Instance | Tag::Int | Tag::Float | Tag::Bool);
        if !subclassed && !dunders_only {
            if let Some(r) = self.num_binop(a, b, op)? {
                return Ok(r);
            }
            // CPython's in-place operators look only at the left operand's
            // sequence slots, and a class's instance has empty ones: `x *=
            // "ab"` with an `__index__` class is a TypeError, `x * "ab"` not.
            if !(inplace && a.tag() == Tag::Instance) {
                if let Some(r) = self.seq_binop(a, b, op)? {
                    return Ok(r);
                }
            }
        }
        if !dunders_only && (is_set_view(a) || (is_set_view(b) && !is_user(a))) {
            if let Some(r) = self.view_binop(a, b, op)? {
                return Ok(r);
            }
        }
        let (name, rname, _) = dunder(op);
        // CPython's binary_op1: a right operand whose type is a proper
        // subclass of the left's, and overrides the reflected method, goes
        // first.
        let b_first = is_user(b) && self.overrides_reflected(a, b, rname);
        if b_first {
            if let Some(r) = self.try_dunder(b, rname, &[a])? {
                return Ok(r);
            }
        }
        // A subclass of str, bytes, bytearray, list or tuple that keeps
        // its base's `+` and `*`: those are CPython's sequence slots,
        // tried only after both operands' number slots (`sq_concat`,
        // `sq_repeat`), so the right operand's reflected method comes
        // first.
        let sequence_slot = a.tag() == Tag::Subclass
            && matches!(op, BinOp::Add | BinOp::Mul)
            && is_sequence_layout(a)
            && !self.defines_in_python(a, &[name, rname]);
        if is_user(a) && !sequence_slot {
            if let Some(r) = self.try_dunder(a, name, &[b])? {
                return Ok(r);
            }
        } else if subclassed && !sequence_slot && !wider_number(a, b) {
            // A builtin left operand with a subclass instance on the right
            // (`1 + MyInt(2)`): the left type's own operation — which for
            // `1 - MyFloat(2)` is int's, which declines a float.
            if let Some(r) = self.builtin_binop(a, b, op)? {
                return Ok(r);
            }
        }
        // (Never the reflected method of an operand of the left's own type:
        // CPython's `do_other`.)
        if is_user(b) && !b_first && self.type_of(a) != self.type_of(b) {
            if let Some(r) = self.try_dunder(b, rname, &[a])? {
                return Ok(r);
            }
        } else if subclassed && !is_user(b) && wider_number(a, b) {
            // `MyInt(2) + 1.5`: int's slot declined; float's reflected one.
            if let Some(r) = self.builtin_binop_of(b, a, b, op)? {
                return Ok(r);
            }
        }
        // The sequence slots, last (`MyInt(2) * "ab"`: int's `__mul__`
        // declined, str has no `__rmul__`; `sequence_slot` above): the
        // left operand's `sq_concat` for `+`, either's `sq_repeat` for `*`.
        if subclassed
            && matches!(op, BinOp::Add | BinOp::Mul)
            && !(inplace && a.tag() == Tag::Instance)
            && (is_sequence_layout(a) && self.keeps_sequence_slot(a, op)
                || op == BinOp::Mul && is_sequence_layout(b) && self.keeps_sequence_slot(b, op))
        {
            let tags = (crate::object::layout_tag(a), crate::object::layout_tag(b));
            if let Some(r) = self.seq_binop_as(a, b, op, tags)? {
                return Ok(r);
            }
        }
        // A class instance with `__index__` and a sequence whose `__mul__`
        // (`__rmul__`) declined: the sequence's repeat, which CPython's
        // `PyNumber_Multiply` tries after the number slots.
        if op == BinOp::Mul && !inplace && !subclassed {
            let r = match (a.tag(), b.tag()) {
                (Tag::Instance, _) if is_sequence_layout(b) && self.has_index(a) => {
                    self.repeat(b, a)?
                }
                (_, Tag::Instance) if is_sequence_layout(a) && self.has_index(b) => {
                    self.repeat(a, b)?
                }
                _ => None,
            };
            if let Some(r) = r {
                return Ok(r);
            }
        }
        if op == BinOp::Or && (a.tag() == Tag::Type || b.tag() == Tag::Type) {
            // `int | None`: type.__or__ makes a types.UnionType.
            let r = self.type_union(a, b)?;
            if r != self.not_implemented {
                return Ok(r);
            }
            self.decref(r);
        }
        if !(inplace && a.tag() == Tag::Instance) {
            if let Some(e) = self.sequence_op_error(a, b, op) {
                return Err(e);
            }
        }
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        let sym = if inplace {
            format!("{}=", op.symbol())
        } else {
            op.symbol().to_string()
        };
        if op == BinOp::Pow && !inplace {
            return Err(self.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{ta}' and '{tb}'"
            )));
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"
        )))
    }

    /// `type.__or__`: `types._type_or(a, b)`, a union or NotImplemented.
    pub(crate) fn type_union(&mut self, a: ObjRef, b: ObjRef) -> PyResult<ObjRef> {
        let name = self.intern_borrow("types");
        let module = self.import_module(name)?;
        let f = self.using(module, |vm, m| vm.getattr_str(m, "_type_or"))?;
        self.using(f, |vm, f| vm.call(f, &[a, b]))
    }

    /// Is `type(b)` a proper subclass of `type(a)` with a reflected method
    /// `rname` of its own (not the one `type(a)` has)?
    pub(crate) fn overrides_reflected(&mut self, a: ObjRef, b: ObjRef, rname: &str) -> bool {
        // (Two instances of one class, the common case, answered at once.)
        if let (Some(x), Some(y)) = (
            a.get::<crate::types::instance::InstanceObject>(),
            b.get::<crate::types::instance::InstanceObject>(),
        ) {
            if x.class.get() == y.class.get() {
                return false;
            }
        }
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        if ta == tb || !self.is_subclass(tb, ta) {
            return false;
        }
        let key = self.intern_borrow(rname);
        let mine = self.lookup_type_attr(tb, key);
        mine.is_some() && mine != self.lookup_type_attr(ta, key)
    }

    /// The builtin arithmetic of `a op b` looking through subclass
    /// instances to their builtin values (a builtin type's operator
    /// methods); `None` when it does not apply.
    pub(crate) fn builtin_binop(
        &mut self,
        a: ObjRef,
        b: ObjRef,
        op: BinOp,
    ) -> PyResult<Option<ObjRef>> {
        self.builtin_binop_of(a, a, b, op)
    }

    /// `builtin_binop` as the type of `owner` (one of the operands) does
    /// it, as its slot would: a number's arithmetic never repeats a
    /// sequence (`int.__mul__(2, [1])` is NotImplemented; `list.__rmul__`
    /// does that). A reflected dunder's owner is the right operand.
    pub(crate) fn builtin_binop_of(
        &mut self,
        owner: ObjRef,
        a: ObjRef,
        b: ObjRef,
        op: BinOp,
    ) -> PyResult<Option<ObjRef>> {
        let tags = (layout_tag(a), layout_tag(b));
        if matches!(
            layout_tag(owner),
            Tag::Int | Tag::Bool | Tag::Float | Tag::Complex
        ) {
            return self.num_binop_as(a, b, op, tags);
        }
        self.seq_binop_as(a, b, op, tags)
    }

    /// CPython's messages for `str + int`, `list + tuple`, `seq * str`.
    pub(crate) fn sequence_op_error(&mut self, a: ObjRef, b: ObjRef, op: BinOp) -> Option<ObjRef> {
        let seq = |o: ObjRef| {
            matches!(
                o.tag(),
                Tag::Str | Tag::List | Tag::Tuple | Tag::Bytes | Tag::Bytearray
            )
        };
        let bytes = |o: ObjRef| matches!(crate::object::layout_tag(o), Tag::Bytes | Tag::Bytearray);
        let deque = |o: ObjRef| crate::object::layout_tag(o) == Tag::Deque;
        let seq = |o: ObjRef| seq(o) || deque(o);
        match op {
            // (`deque_concat`'s own wording.)
            BinOp::Add if deque(a) => {
                let tb = self.type_name(b);
                Some(self.type_error(format!(
                    "can only concatenate deque (not \"{tb}\") to deque"
                )))
            }
            BinOp::Add if bytes(a) => {
                let (ta, tb) = (self.type_name(a), self.type_name(b));
                Some(self.type_error(format!("can't concat {tb} to {ta}")))
            }
            BinOp::Add if seq(a) => {
                let (ta, tb) = (self.type_name(a), self.type_name(b));
                Some(self.type_error(format!("can only concatenate {ta} (not \"{tb}\") to {ta}")))
            }
            BinOp::Mul if seq(a) || seq(b) => {
                let other = if seq(a) { b } else { a };
                let t = self.type_name(other);
                Some(self.type_error(format!("can't multiply sequence by non-int of type '{t}'")))
            }
            _ => None,
        }
    }

    /// Call the dunder `name` of `obj` if its type has it; `None` if absent
    /// or it returned NotImplemented.
    pub(crate) fn try_dunder(
        &mut self,
        obj: ObjRef,
        name: &str,
        args: &[ObjRef],
    ) -> PyResult<Option<ObjRef>> {
        let r = self.call_special(obj, name, args)?;
        if r == Some(self.not_implemented) {
            self.decref(self.not_implemented);
            return Ok(None);
        }
        Ok(r)
    }

    /// CPython's special method lookup and call: `name` is looked up on
    /// the type only (never the instance dict). A function or a builtin
    /// type's method gets `obj` as its first argument; anything else is
    /// bound as a class attribute would be (a descriptor's `__get__`,
    /// staticmethod, classmethod; a builtin function or a callable
    /// instance stays as it is) and called with `args`. `None` only if the
    /// type has no such attribute.
    pub(crate) fn call_special(
        &mut self,
        obj: ObjRef,
        name: &str,
        args: &[ObjRef],
    ) -> PyResult<Option<ObjRef>> {
        self.call_special_as(obj, name, args, false)
    }

    /// `call_special` for the hooks CPython finds with
    /// `_PyObject_LookupSpecial` or calls with `call_attribute`
    /// (`__getattr__`, `__format__`, `__round__`, ...): the method is bound
    /// to `obj` first, so the call holds one more reference to it.
    pub(crate) fn call_special_bound(
        &mut self,
        obj: ObjRef,
        name: &str,
        args: &[ObjRef],
    ) -> PyResult<Option<ObjRef>> {
        self.call_special_as(obj, name, args, true)
    }

    /// `try_dunder` through a bound method (see `call_special_bound`).
    pub(crate) fn try_dunder_bound(
        &mut self,
        obj: ObjRef,
        name: &str,
        args: &[ObjRef],
    ) -> PyResult<Option<ObjRef>> {
        let r = self.call_special_bound(obj, name, args)?;
        if r == Some(self.not_implemented) {
            self.decref(self.not_implemented);
            return Ok(None);
        }
        Ok(r)
    }

    fn call_special_as(
        &mut self,
        obj: ObjRef,
        name: &str,
        args: &[ObjRef],
        bind: bool,
    ) -> PyResult<Option<ObjRef>> {
        let key = self.intern(name);
        let t = self.type_of(obj);
        let found = self.lookup_type_attr(t, key);
        self.decref(key);
        let Some(f) = found else { return Ok(None) };
        let f = self.incref(f);
        let takes_self = match f.tag() {
            Tag::Function => true,
            Tag::Builtin => {
                let b = f.payload::<crate::types::function::BuiltinObject>();
                b.self_.is_none() && b.owner.is_some()
            }
            _ => false,
        };
        let takes_self = takes_self && !(bind && f.tag() == Tag::Function);
        let r = self.using(f, |vm, f| {
            if takes_self {
                let call = |vm: &mut Self| {
                    // (Dunders take at most three arguments: no allocation.)
                    if args.len() > 3 {
                        let mut all = vec![obj];
                        all.extend_from_slice(args);
                        return vm.call(f, &all);
                    }
                    let mut all = [obj; 4];
                    all[1..=args.len()].copy_from_slice(args);
                    vm.call(f, &all[..=args.len()])
                };
                // `_PyObject_LookupSpecial` binds a builtin method too: the
                // bound method holds `obj` while it runs (`format(c)` sees
                // one more reference in `c.__str__`).
                return match bind {
                    true => vm.holding_args_tuple(&[obj], call),
                    false => call(vm),
                };
            }
            let bound = vm.bind_class_attr(f, obj, t)?;
            vm.using(bound, |vm, bound| vm.call(bound, args))
        });
        r.map(Some)
    }

    /// `+=` and friends that mutate builtin containers in place.
    fn inplace_builtin(&mut self, a: ObjRef, b: ObjRef, op: BinOp) -> PyResult<Option<ObjRef>> {
        self.inplace_builtin_as(a, b, op, a.tag())
    }

    /// `a op= b` on a builtin container whose layout is `tag` (for a
    /// subclass instance: its base type's `__iadd__` and friends).
    pub(crate) fn inplace_builtin_as(
        &mut self,
        a: ObjRef,
        b: ObjRef,
        op: BinOp,
        tag: Tag,
    ) -> PyResult<Option<ObjRef>> {
        match (tag, op) {
            (Tag::List, BinOp::Add) => {
                self.list_extend(a, b)?;
                Ok(Some(self.incref(a)))
            }
            (Tag::List, BinOp::Mul) => {
                let n = self.index_i64_or(b, "OverflowError")?;
                let Some(n) = n else { return Ok(None) };
                let items = list_of(a).expect("list").snapshot();
                self.check_room(
                    items
                        .len()
                        .saturating_mul(n.max(0) as usize)
                        .saturating_mul(8),
                )?;
                let mut out = Vec::new();
                for _ in 0..n.max(0) {
                    out.extend(items.iter().map(|&x| self.incref(x)));
                }
                let (old, synced) = self.list_mut(a, |items| std::mem::replace(items, out));
                // `L *= 0` is CPython's `_list_clear`: last item first.
                self.decref_all(old.into_iter().rev());
                synced?;
                Ok(Some(self.incref(a)))
            }
            (Tag::Set, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) if set_of(b).is_some() => {
                self.set_inplace(a, b, op)?;
                Ok(Some(self.incref(a)))
            }
            (Tag::Bytearray, BinOp::Add) => {
                let Some(more) = self.bytes_like(b)? else {
                    let tn = self.type_name(b);
                    return Err(self.type_error(format!("can't concat {tn} to bytearray")));
                };
                self.check_room(more.len())?;
                self.bytearray_mut(a, |buf| buf.extend(more))?;
                Ok(Some(self.incref(a)))
            }
            (Tag::Bytearray, BinOp::Mul) => {
                let Some(n) = self.index_i64_or(b, "OverflowError")? else {
                    return Ok(None);
                };
                let len = crate::types::bytearray::buffer_of(a).map_or(0, |x| x.len());
                self.check_room(len.saturating_mul(n.max(0) as usize))?;
                self.bytearray_mut(a, |buf| *buf = buf.repeat(n.max(0) as usize))?;
                Ok(Some(self.incref(a)))
            }
            // (`d |= x` takes whatever `d.update(x)` takes: CPython's
            // `dict_ior`.)
            (Tag::Dict, BinOp::Or) => {
                self.dict_update(a, b, false)?;
                Ok(Some(self.incref(a)))
            }
            _ => Ok(None),
        }
    }

    /// Sequence and set operators on builtin types.
    pub(crate) fn seq_binop(
        &mut self,
        a: ObjRef,
        b: ObjRef,
        op: BinOp,
    ) -> PyResult<Option<ObjRef>> {
        self.seq_binop_as(a, b, op, (a.tag(), b.tag()))
    }

    /// `seq_binop` with the operands' layouts given (see `num_as`).
    pub(crate) fn seq_binop_as(
        &mut self,
        a: ObjRef,
        b: ObjRef,
        op: BinOp,
        (ta, tb): (Tag, Tag),
    ) -> PyResult<Option<ObjRef>> {
        if op == BinOp::Add && ta == tb {
            if let Some(same) = concat_unchanged(a, b) {
                return Ok(Some(self.incref(same)));
            }
        }
        match (ta, tb, op) {
            (Tag::Str, Tag::Str, BinOp::Add) => {
                // (Exactly sized: the text becomes the str's without a copy.)
                let (x, y) = (str_of(a).unwrap_or(""), str_of(b).unwrap_or(""));
                let mut s = String::with_capacity(x.len() + y.len());
                s.push_str(x);
                s.push_str(y);
                self.new_string(s).map(Some)
            }
            (Tag::Bytes | Tag::Bytearray, Tag::Bytes | Tag::Bytearray, BinOp::Add) => {
                let x = crate::types::bytearray::buffer_of(a).expect("bytes");
                let y = crate::types::bytearray::buffer_of(b).expect("bytes");
                self.check_room(x.len().saturating_add(y.len()))?;
                let joined = [&*x, &*y].concat();
                self.new_like(a, joined).map(Some)
            }
            (Tag::Bytes | Tag::Bytearray, _, BinOp::Add) => {
                if let Some(y) = self.exported_buffer(b)? {
                    let x = crate::types::bytearray::buffer_of(a).expect("bytes");
                    self.check_room(x.len().saturating_add(y.len()))?;
                    let joined = [&*x, &*y].concat();
                    return self.new_like(a, joined).map(Some);
                }
                if is_user(b) {
                    // (Its `__radd__` first; `sequence_op_error` after.)
                    return Ok(None);
                }
                let (ta, tn) = (self.type_name(a), self.type_name(b));
                Err(self.type_error(format!("can't concat {tn} to {ta}")))
            }
            (Tag::List, Tag::List, BinOp::Add) | (Tag::Tuple, Tag::Tuple, BinOp::Add) => {
                let mut items = self.seq_items(a);
                items.extend(self.seq_items(b));
                for &x in &items {
                    self.incref(x);
                }
                if ta == Tag::List {
                    self.new_list(items)
                } else {
                    self.new_tuple(items)
                }
                .map(Some)
            }
            (
                Tag::Str | Tag::Bytes | Tag::Bytearray | Tag::List | Tag::Tuple,
                Tag::Int | Tag::Bool,
                BinOp::Mul,
            ) => self.repeat(a, b),
            (
                Tag::Str | Tag::Bytes | Tag::Bytearray | Tag::List | Tag::Tuple,
                Tag::Instance,
                BinOp::Mul,
            ) if self.index_repeats(b, "__rmul__") => self.repeat(a, b),
            (
                Tag::Instance,
                Tag::Str | Tag::Bytes | Tag::Bytearray | Tag::List | Tag::Tuple,
                BinOp::Mul,
            ) if self.index_repeats(a, "__mul__") => self.repeat(b, a),
            (
                Tag::Int | Tag::Bool,
                Tag::Str | Tag::Bytes | Tag::Bytearray | Tag::List | Tag::Tuple,
                BinOp::Mul,
            ) => self.repeat(b, a),
            (
                Tag::Set | Tag::FrozenSet,
                Tag::Set | Tag::FrozenSet,
                BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor,
            ) => self.set_binop(a, b, op).map(Some),
            (Tag::Dict, Tag::Dict, BinOp::Or) => {
                let d = self.dict_copy(a)?;
                self.fill(d, |vm, d| vm.dict_update(d, b, false)).map(Some)
            }
            (Tag::Str, _, BinOp::Mod) => {
                crate::types::str::format::percent_format(self, a, b).map(Some)
            }
            (Tag::Bytes | Tag::Bytearray, _, BinOp::Mod) => {
                crate::types::bytes::more::bytes_percent(self, a, b).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// Item `i` of a list or tuple as it is now (a new reference), or None
    /// past the end: for loops that call Python code, which may mutate the
    /// list between steps.
    pub(crate) fn seq_get_owned(&self, o: ObjRef, i: usize) -> Option<ObjRef> {
        let item = match layout_tag(o) {
            Tag::List => list_of(o).expect("list").get(i),
            Tag::Tuple => tuple_items(o).expect("tuple").get(i).copied(),
            _ => None,
        }?;
        Some(self.incref(item))
    }

    /// A set with the contents of a keys/items view or a set (a new
    /// reference), for set-like comparison; None for anything else.
    /// `&`, `|`, `-`, `^` with a dict's keys or items view on either side
    /// (CPython's `dictviews_*`): a new set.
    pub(crate) fn view_binop(
        &mut self,
        a: ObjRef,
        b: ObjRef,
        op: BinOp,
    ) -> PyResult<Option<ObjRef>> {
        if !matches!(op, BinOp::And | BinOp::Or | BinOp::Sub | BinOp::Xor) {
            return Ok(None);
        }
        if op == BinOp::And {
            return self.view_intersection(a, b).map(Some);
        }
        // (`dictviews_to_set`: a keys view of an exact dict is made a set
        // from the dict, with its stored hashes.)
        let from = match a.get::<crate::types::iter::DictViewObject>() {
            Some(v)
                if v.part == crate::types::iter::DictPart::Keys && v.dict.tag() == Tag::Dict =>
            {
                v.dict
            }
            _ => a,
        };
        let r = self.set_from(from, false)?;
        self.fill(r, |vm, r| match op {
            BinOp::Or => vm.set_update(r, b),
            BinOp::Xor => vm.set_symmetric_update(r, b),
            _ => vm.set_difference_update(r, b),
        })
        .map(Some)
    }

    /// CPython's `_PyDictView_Intersect`: the keys of the smaller operand
    /// that the other contains, in its order.
    fn view_intersection(&mut self, a: ObjRef, b: ObjRef) -> PyResult<ObjRef> {
        let (mut view, mut other) = if is_set_view(a) { (a, b) } else { (b, a) };
        let len_view = self.len(view)?;
        if other.tag() == Tag::Set && len_view <= self.len(other)? {
            return self.set_intersection(other, view);
        }
        if is_set_view(other) && self.len(other)? > len_view {
            std::mem::swap(&mut view, &mut other);
        }
        let items = self.iterate(other)?;
        let r = self.new_set(false)?;
        let filled = self.with_items(items, |vm, items| {
            vm.with_roots(&[r], |vm| {
                for &x in items {
                    if vm.contains(view, x)? {
                        vm.set_add(r, x)?;
                    }
                }
                Ok(())
            })
        });
        match filled {
            Ok(()) => Ok(r),
            Err(e) => {
                self.with_roots(&[e], |vm| vm.decref(r));
                Err(e)
            }
        }
    }

    /// CPython's `dictview_richcompare`: a keys or items view against a
    /// set or another such view (a set on the left defers to the view,
    /// reflected) compares lengths, then whether every item of one is in
    /// the other. A values view, or anything else, compares by identity
    /// (`==`, `!=`) or not at all.
    pub(super) fn view_compare(
        &mut self,
        a: ObjRef,
        b: ObjRef,
        op: CmpOp,
    ) -> PyResult<Option<bool>> {
        let (x, y, op) = match (is_set_view(a), is_set_view(b)) {
            (true, _) if is_set_view(b) || set_of(b).is_some() => (a, b, op),
            (false, true) if set_of(a).is_some() => (b, a, op.reflected()),
            _ if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                return Ok(Some((a == b) == (op == CmpOp::Eq)))
            }
            _ => return Ok(None),
        };
        let (lx, ly) = (self.len(x)?, self.len(y)?);
        Ok(Some(match op {
            CmpOp::Eq => lx == ly && self.all_contained_in(x, y)?,
            CmpOp::Ne => !(lx == ly && self.all_contained_in(x, y)?),
            CmpOp::Lt => lx < ly && self.all_contained_in(x, y)?,
            CmpOp::Le => lx <= ly && self.all_contained_in(x, y)?,
            CmpOp::Gt => lx > ly && self.all_contained_in(y, x)?,
            CmpOp::Ge => lx >= ly && self.all_contained_in(y, x)?,
        }))
    }

    /// Is every item of `x` in `y` (`all_contained_in`, stopping at the
    /// first that is not)?
    fn all_contained_in(&mut self, x: ObjRef, y: ObjRef) -> PyResult<bool> {
        let mut all = true;
        self.for_each_item(x, |vm, item| {
            all = vm.contains(y, item)?;
            Ok(all)
        })?;
        Ok(all)
    }

    /// Does a user object define `__index__` (usable as an int)?
    pub(crate) fn has_index(&self, o: ObjRef) -> bool {
        let t = self.type_of(o);
        let n = self.names.index;
        self.lookup_type_attr(t, n).is_some()
    }

    /// An int object for `o`: itself if an int, else via `__index__`.
    pub(crate) fn index_object(&mut self, o: ObjRef) -> PyResult<Option<ObjRef>> {
        if int_of(o).is_some() {
            return Ok(Some(self.incref(o)));
        }
        if is_user(o) && self.has_index(o) {
            return match self.try_dunder(o, "__index__", &[])? {
                Some(r) if int_of(r).is_none() => {
                    let tn = self.type_name(r);
                    self.decref(r);
                    Err(self.type_error(format!("__index__ returned non-int (type {tn})")))
                }
                r => Ok(r),
            };
        }
        Ok(None)
    }

    /// The items of a list or tuple (uncounted handles).
    pub(crate) fn seq_items(&self, o: ObjRef) -> Vec<ObjRef> {
        match layout_tag(o) {
            Tag::List => list_of(o).expect("list").snapshot(),
            Tag::Tuple => tuple_items(o).expect("tuple").to_vec(),
            _ => Vec::new(),
        }
    }

    fn repeat(&mut self, seq: ObjRef, n: ObjRef) -> PyResult<Option<ObjRef>> {
        let n = self.index_i64_or(n, "OverflowError")?.unwrap_or(0).max(0) as usize;
        // An immutable sequence times one is itself (CPython's
        // `tuplerepeat`, `unicode_repeat`, `bytes_repeat`).
        if n == 1 && matches!(seq.tag(), Tag::Tuple | Tag::Str | Tag::Bytes) {
            return Ok(Some(self.incref(seq)));
        }
        // A result longer than Py_ssize_t can count is OverflowError for
        // str and bytes (MemoryError for the mutable and the containers).
        let too_long = |len: usize| len.checked_mul(n).is_none_or(|t| t > isize::MAX as usize);
        match layout_tag(seq) {
            Tag::Str if too_long(seq.payload::<crate::types::str::StrObject>().chars) => {
                let msg = "repeated string is too long".to_string();
                return Err(self.new_error("OverflowError", msg));
            }
            Tag::Bytes
                if too_long(crate::types::bytearray::buffer_of(seq).map_or(0, |b| b.len())) =>
            {
                let msg = "repeated bytes are too long".to_string();
                return Err(self.new_error("OverflowError", msg));
            }
            _ => {}
        }
        if let Some(x) = crate::types::bytearray::buffer_of(seq) {
            self.check_room(x.len().saturating_mul(n))?;
            return self.new_like(seq, x.repeat(n)).map(Some);
        }
        if layout_tag(seq) == Tag::Str {
            let s = str_of(seq).unwrap_or("");
            let total = s.len().saturating_mul(n);
            self.check_room(total)?;
            let mut out = String::new();
            if out.try_reserve_exact(total).is_err() {
                return Err(self.raise_memory_error());
            }
            for _ in 0..n {
                out.push_str(s);
            }
            return self.new_string(out).map(Some);
        }
        let items = self.seq_items(seq);
        let total = items.len().saturating_mul(n);
        self.check_room(total.saturating_mul(8))?;
        let mut out = Vec::new();
        if out.try_reserve_exact(total).is_err() {
            return Err(self.raise_memory_error());
        }
        for _ in 0..n {
            out.extend(items.iter().map(|&x| self.incref(x)));
        }
        if layout_tag(seq) == Tag::List {
            self.new_list(out)
        } else {
            self.new_tuple(out)
        }
        .map(Some)
    }

    pub fn unary_op(&mut self, a: ObjRef, op: UnaryOp) -> PyResult<ObjRef> {
        if op == UnaryOp::Not {
            let t = self.is_true(a)?;
            return Ok(self.new_bool(!t));
        }
        let (c, name, sym) = match op {
            UnaryOp::Negative => ('-', "__neg__", "unary -"),
            UnaryOp::Positive => ('+', "__pos__", "unary +"),
            UnaryOp::Invert => ('~', "__invert__", "unary ~"),
            UnaryOp::Not => unreachable!("handled above"),
        };
        // `+x` of an exact int, float or complex is x itself (`long_pos`,
        // `float_pos`, `complex_pos`).
        if op == UnaryOp::Positive && matches!(a.tag(), Tag::Int | Tag::Float | Tag::Complex) {
            return Ok(self.incref(a));
        }
        if let Some(r) = self.num_unary(a, c)? {
            return Ok(r);
        }
        // A unary dunder's result is the result, NotImplemented included
        // (there is no reflected operand to try).
        if is_user(a) {
            if let Some(r) = self.call_special(a, name, &[])? {
                return Ok(r);
            }
        }
        let tn = self.type_name(a);
        Err(self.type_error(format!("bad operand type for {sym}: '{tn}'")))
    }
}

/// CPython's `_Py_HashPointer`: the address rotated by 4 bits.
/// `a + b` of two strs, bytes or tuples where one is empty: CPython
/// answers with the other, when that one is of the exact type.
fn concat_unchanged(a: ObjRef, b: ObjRef) -> Option<ObjRef> {
    let empty = |o: ObjRef| match layout_tag(o) {
        Tag::Str => str_of(o).is_some_and(str::is_empty),
        Tag::Bytes => bytes_of(o).is_some_and(<[u8]>::is_empty),
        Tag::Tuple => tuple_items(o).is_some_and(<[ObjRef]>::is_empty),
        _ => false,
    };
    let exact = |o: ObjRef| matches!(o.tag(), Tag::Str | Tag::Bytes | Tag::Tuple);
    if empty(a) && exact(b) {
        Some(b)
    } else if empty(b) && exact(a) {
        Some(a)
    } else {
        None
    }
}
