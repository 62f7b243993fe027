//! `repr()`, `str()`, `ascii()` and `format()` for every object, matching
//! CPython's output (including `[...]` for self-containing containers).

use crate::object::{layout_tag, ObjExt, Tag};
use crate::protocol::ops::is_user;
use crate::text::{float_repr, format_spec, str_repr};
use crate::types::bytes::BytesObject;
use crate::types::dict::dict_of;
use crate::types::exception::ExceptionObject;
use crate::types::function::{BuiltinObject, FunctionObject};
use crate::types::iter::DictViewObject;
use crate::types::module::ModuleObject;
use crate::types::scalar::{int_of, FloatObject, Int, RangeObject, SliceObject};
use crate::types::set::set_of;
use crate::types::str::str_of;
use crate::types::tuple::tuple_items;
use crate::types::typeobj::TypeObject;
use crate::vm::{PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};

/// Is the class `name` of module `module`, which ouro writes in Python, a
/// type CPython implements in C? Its `tp_name`, which error messages
/// show, then carries the module (`'collections.deque'`, not `'deque'`).
fn is_c_type(module: &str, name: &str) -> bool {
    match module {
        "itertools" | "datetime" | "_struct" | "_io" | "array" => true,
        "collections" => matches!(name, "deque" | "defaultdict" | "OrderedDict"),
        "functools" => name == "partial",
        "operator" => matches!(name, "itemgetter" | "attrgetter" | "methodcaller"),
        "decimal" => matches!(name, "Decimal" | "Context"),
        "re" => matches!(name, "Pattern" | "Match"),
        "weakref" => matches!(name, "ProxyType" | "CallableProxyType"),
        _ => false,
    }
}

impl<C: Collector> Vm<C> {
    /// The name of an object's type (`int`, `A`).
    pub fn type_name(&self, o: ObjRef) -> String {
        let t = self.type_of(o);
        let Some(ty) = t.get::<TypeObject>() else {
            return "object".to_string();
        };
        let name = ty.name.get();
        match ty.module.as_deref() {
            Some(m) if is_c_type(m, &name) => format!("{m}.{name}"),
            _ => name.to_string(),
        }
    }

    /// `repr(o)` as a new str object.
    pub fn repr(&mut self, o: ObjRef) -> PyResult<ObjRef> {
        if o.tag() == Tag::Str {
            let s = str_repr::str_repr(str_of(o).unwrap_or(""));
            return self.new_string(s);
        }
        // One level of Rust recursion per repr, as CPython's PyObject_Repr:
        // a builtin `__repr__` (an exception's) may reach this object again
        // without any Python frame in between.
        self.nested(" while getting the repr of an object", |vm| {
            if is_user(o) {
                if let Some(r) = vm.call_special(o, "__repr__", &[])? {
                    return vm.check_str_result(r, "__repr__");
                }
            }
            if o.tag() == Tag::Bool {
                return vm.bool_str(o == vm.true_);
            }
            let s = vm.builtin_repr(o)?;
            // An exact int's decimal string is a new str even of one digit
            // (`long_to_decimal_string`).
            if o.tag() == Tag::Int {
                return vm.new_str_fresh(s);
            }
            vm.new_string(s)
        })
    }

    fn check_str_result(&mut self, r: ObjRef, what: &str) -> PyResult<ObjRef> {
        if str_of(r).is_some() {
            return Ok(r);
        }
        let tn = self.type_name(r);
        self.decref(r);
        Err(self.type_error(match what {
            "__format__" => format!("__format__ must return a str, not {tn}"),
            _ => format!("{what} returned non-string (type {tn})"),
        }))
    }

    /// `repr(o)` as a Rust string.
    pub fn repr_string(&mut self, o: ObjRef) -> PyResult<String> {
        if is_user(o) || o.tag() == Tag::Str {
            let r = self.repr(o)?;
            let s = str_of(r).unwrap_or("").to_string();
            self.decref(r);
            return Ok(s);
        }
        self.nested(" while getting the repr of an object", |vm| {
            vm.builtin_repr(o)
        })
    }

    /// A builtin type's own `__repr__` of `o` (for a subclass instance,
    /// its base type's), as a str object.
    pub(crate) fn builtin_repr_object(&mut self, o: ObjRef) -> PyResult<ObjRef> {
        let s = self.nested(" while getting the repr of an object", |vm| {
            vm.builtin_repr(o)
        })?;
        self.new_string(s)
    }

    /// The repr of `o` as its builtin layout makes it (never a user
    /// `__repr__`).
    fn builtin_repr(&mut self, o: ObjRef) -> PyResult<String> {
        Ok(match layout_tag(o) {
            Tag::Str => str_repr::str_repr(str_of(o).unwrap_or("")),
            Tag::None => "None".into(),
            Tag::NotImplemented => "NotImplemented".into(),
            Tag::Ellipsis => "Ellipsis".into(),
            Tag::Bool => if o == self.true_ { "True" } else { "False" }.into(),
            Tag::Int => match int_of(o).expect("int") {
                Int::Small(v) => v.to_string(),
                Int::Big(b) => {
                    self.check_int_to_str(b)?;
                    b.to_string()
                }
            },
            Tag::Float => float_repr::float_repr(o.payload::<FloatObject>().0),
            Tag::Complex => {
                let (re, im) = crate::types::complex::complex_of(o).expect("complex");
                crate::types::complex::complex_repr(re, im)
            }
            Tag::Bytes => str_repr::bytes_repr(&o.payload::<BytesObject>().b),
            Tag::Bytearray => {
                let b = crate::types::bytearray::buffer_of(o).expect("bytearray");
                let tn = self.type_name(o);
                format!("{tn}({})", str_repr::bytearray_repr(&b))
            }
            Tag::List | Tag::Tuple | Tag::Dict | Tag::Set | Tag::FrozenSet => {
                return self.container_repr(o)
            }
            Tag::DictView => {
                let v = o.payload::<DictViewObject>();
                let it = self.get_iter(o)?;
                let items = self.using(it, |vm, it| vm.iterate(it))?;
                let l = self.new_list(items)?;
                let inner = self.using(l, |vm, l| vm.repr_string(l));
                let name = match v.part {
                    crate::types::iter::DictPart::Keys => "dict_keys",
                    crate::types::iter::DictPart::Values => "dict_values",
                    crate::types::iter::DictPart::Items => "dict_items",
                };
                format!("{name}({})", inner?)
            }
            Tag::Range => {
                let r = o.payload::<RangeObject>();
                let (a, b, c) = (r.start, r.stop, r.step);
                let (sa, sb) = (self.repr_string(a)?, self.repr_string(b)?);
                if int_of(c) == Some(Int::Small(1)) {
                    format!("range({sa}, {sb})")
                } else {
                    format!("range({sa}, {sb}, {})", self.repr_string(c)?)
                }
            }
            Tag::WeakRef => crate::modules::weakref::repr(self, o),
            Tag::Generator => self.generator_repr(o),
            Tag::Member | Tag::GetSet => crate::protocol::slots::descr_repr(o),
            Tag::Slice => {
                let s = o.payload::<SliceObject>();
                let (a, b, c) = (s.start, s.stop, s.step);
                format!(
                    "slice({}, {}, {})",
                    self.repr_string(a)?,
                    self.repr_string(b)?,
                    self.repr_string(c)?
                )
            }
            Tag::Function => {
                let q = str_of(o.payload::<FunctionObject>().qualname.get())
                    .unwrap_or("?")
                    .to_string();
                format!("<function {q} at {:#x}>", o.addr())
            }
            Tag::Builtin => self.builtin_fn_repr(o)?,
            Tag::Method => {
                let (f, s) = self.method_parts(o);
                let q = self.getattr_str(f, "__qualname__")?;
                let qs = str_of(q).unwrap_or("?").to_string();
                self.decref(q);
                format!("<bound method {qs} of {}>", self.repr_string(s)?)
            }
            Tag::Type => {
                let t = o.payload::<TypeObject>();
                match self.type_module(o) {
                    Some(m) if &*m != "builtins" => format!("<class '{m}.{}'>", t.qualname),
                    _ => format!("<class '{}'>", t.name),
                }
            }
            Tag::Module => {
                let name = str_of(o.payload::<ModuleObject>().name)
                    .unwrap_or("?")
                    .to_string();
                let d = o.payload::<ModuleObject>().dict;
                match self.dict_get_str(d, "__file__")? {
                    // A namespace package.
                    Some(f) if f == self.none => {
                        self.decref(f);
                        format!("<module '{name}' (namespace)>")
                    }
                    Some(f) => {
                        let fs = self.repr_string(f);
                        self.decref(f);
                        format!("<module '{name}' from {}>", fs?)
                    }
                    // A module made by types.ModuleType has no loader
                    // (`__main__` of the prompt has one in CPython).
                    None if name != "__main__"
                        && crate::protocol::attr::dict_get_str_key(
                            d,
                            self.intern_borrow("__loader__"),
                        )
                        .is_some_and(|l| l == self.none) =>
                    {
                        format!("<module '{name}'>")
                    }
                    None => format!("<module '{name}' (built-in)>"),
                }
            }
            Tag::Exception => unreachable!("exceptions are user-dispatched"),
            Tag::Code => {
                let c = &o.payload::<crate::types::code::CodeObj>().code;
                format!(
                    "<code object {} at {:#x}, file \"{}\", line {}>",
                    c.name,
                    o.addr(),
                    c.filename,
                    c.first_line
                )
            }
            // `cell_repr`: what it holds, by type name and address.
            Tag::Cell => match o.payload::<crate::types::cell::CellObject>().value.get() {
                Some(v) => format!(
                    "<cell at {:#x}: {} object at {:#x}>",
                    o.addr(),
                    self.type_name(v),
                    v.addr()
                ),
                None => format!("<cell at {:#x}: empty>", o.addr()),
            },
            Tag::Frame => self.frame_repr(o),
            Tag::Super => {
                let start = o.payload::<crate::types::instance::SuperObject>().type_;
                let tn = start
                    .payload::<crate::types::typeobj::TypeObject>()
                    .name
                    .to_string();
                match self.super_obj_type(o) {
                    Some(ot) => format!(
                        "<super: <class '{tn}'>, <{} object>>",
                        ot.payload::<crate::types::typeobj::TypeObject>().name
                    ),
                    None => format!("<super: <class '{tn}'>, NULL>"),
                }
            }
            _ => format!("<{} object at {:#x}>", self.type_name(o), o.addr()),
        })
    }

    fn builtin_fn_repr(&mut self, o: ObjRef) -> PyResult<String> {
        let b = o.payload::<BuiltinObject>();
        Ok(match (b.self_, b.owner) {
            (None, Some(owner)) if b.name == "__new__" => format!(
                "<built-in method __new__ of type object at {:#x}>",
                owner.ty.addr()
            ),
            (None, Some(owner)) if b.type_name() == "wrapper_descriptor" => {
                format!("<slot wrapper '{}' of '{}' objects>", b.name, owner.name)
            }
            (None, Some(owner)) => format!("<method '{}' of '{}' objects>", b.name, owner.name),
            (Some(s), _) if s.tag() != Tag::Module => {
                let kind = match b.type_name() {
                    "method-wrapper" => format!("method-wrapper '{}'", b.name),
                    _ => format!("built-in method {}", b.name),
                };
                format!(
                    "<{kind} of {} object at {:#x}>",
                    self.type_name(s),
                    s.addr()
                )
            }
            _ => format!("<built-in function {}>", b.name),
        })
    }

    /// Reprs of lists, tuples, dicts and sets, with `...` for recursion.
    /// Is `x`'s `__repr__` a Python function (called with `x` as its
    /// frame's `self` before any other Python code runs)?
    fn has_python_repr(&mut self, x: ObjRef) -> bool {
        if !is_user(x) {
            return false;
        }
        let key = self.intern_borrow("__repr__");
        let t = self.type_of(x);
        self.lookup_type_attr(t, key)
            .is_some_and(|f| f.tag() == Tag::Function)
    }

    fn container_repr(&mut self, o: ObjRef) -> PyResult<String> {
        if self.repr_stack.contains(&o) {
            return Ok(match layout_tag(o) {
                Tag::List => "[...]".into(),
                Tag::Tuple => "(...)".into(),
                Tag::Dict => "{...}".into(),
                // (A set's own type name: `S(...)` for a subclass.)
                _ => format!("{}(...)", self.type_name(o)),
            });
        }
        self.repr_stack.push(o);
        let r = self.container_repr_inner(o);
        self.repr_stack.pop();
        r
    }

    fn container_repr_inner(&mut self, o: ObjRef) -> PyResult<String> {
        match layout_tag(o) {
            Tag::List => {
                // Read afresh at each step, as CPython: a __repr__ may
                // mutate the list.
                let mut parts = Vec::new();
                let mut i = 0;
                while let Some(x) = self.seq_get_owned(o, i) {
                    let r = if self.has_python_repr(x) {
                        // CPython 3.11's list_repr passes the item
                        // borrowed: the list holds it until its
                        // `__repr__`'s frame does, and nothing here reads
                        // it after that call.
                        self.decref(x);
                        self.repr_string(x)
                    } else {
                        let r = self.with_roots(&[x], |vm| vm.repr_string(x));
                        self.decref(x);
                        r
                    };
                    parts.push(r?);
                    i += 1;
                }
                Ok(format!("[{}]", parts.join(", ")))
            }
            Tag::Tuple => {
                let items = tuple_items(o).expect("tuple").to_vec();
                let inner = self.join_reprs(&items)?;
                Ok(if items.len() == 1 {
                    format!("({inner},)")
                } else {
                    format!("({inner})")
                })
            }
            Tag::Dict => {
                let d = dict_of(o).expect("dict");
                let mut parts = Vec::with_capacity(d.len());
                let mut i = 0;
                while i < d.slots() {
                    i += 1;
                    let Some(e) = d.entry(i - 1) else { continue };
                    let (k, v) = (self.incref(e.key), self.incref(e.value));
                    let r = self.with_roots(&[k, v], |vm| {
                        Ok::<_, ObjRef>(format!("{}: {}", vm.repr_string(k)?, vm.repr_string(v)?))
                    });
                    self.decref(k);
                    self.decref(v);
                    parts.push(r?);
                }
                Ok(format!("{{{}}}", parts.join(", ")))
            }
            _ => {
                let keys = set_of(o).expect("set").keys();
                // CPython's set_repr: `{1, 2}` for an exact set, else the
                // type's name around it (`frozenset({1})`, `MySet({1})`).
                let named = o.tag() != Tag::Set;
                let name = self.type_name(o);
                if keys.is_empty() {
                    return Ok(format!("{name}()"));
                }
                let inner = self.with_owned(keys, |vm, keys| vm.join_reprs(keys))?;
                Ok(if named {
                    format!("{name}({{{inner}}})")
                } else {
                    format!("{{{inner}}}")
                })
            }
        }
    }

    /// The reprs of `items`, which the caller holds (a tuple's, which
    /// cannot change, or a snapshot's), joined with ", ".
    fn join_reprs(&mut self, items: &[ObjRef]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for &x in items {
            parts.push(self.repr_string(x)?);
        }
        Ok(parts.join(", "))
    }

    /// `str(o)` as a new str object.
    pub fn str(&mut self, o: ObjRef) -> PyResult<ObjRef> {
        match o.tag() {
            Tag::Str => Ok(self.incref(o)),
            Tag::Instance | Tag::Exception | Tag::Subclass => {
                self.nested(" while getting the str of an object", |vm| {
                    match vm.call_special(o, "__str__", &[])? {
                        Some(r) => vm.check_str_result(r, "__str__"),
                        None if o.tag() == Tag::Exception => vm.exception_str(o),
                        None => vm.repr(o),
                    }
                })
            }
            _ => self.repr(o),
        }
    }

    /// `str(o)` as a Rust string.
    pub fn str_string(&mut self, o: ObjRef) -> PyResult<String> {
        if let Some(s) = str_of(o).filter(|_| o.tag() == Tag::Str) {
            return Ok(s.to_string());
        }
        let r = self.str(o)?;
        let s = str_of(r).unwrap_or("").to_string();
        self.decref(r);
        Ok(s)
    }

    /// Run `f` with an exception's `args` tuple held (counted and rooted):
    /// an item's `__repr__` may rebind `e.args` and free the tuple.
    fn with_exception_args<R>(
        &mut self,
        o: ObjRef,
        f: impl FnOnce(&mut Self, ObjRef, &[ObjRef]) -> PyResult<R>,
    ) -> PyResult<R> {
        let args = self.incref(o.payload::<ExceptionObject>().args.get());
        let items = tuple_items(args).unwrap_or(&[]);
        let r = self.with_roots(&[args], |vm| f(vm, args, items));
        self.decref(args);
        r
    }

    /// BaseException.__str__ (and KeyError's, which uses repr).
    pub(crate) fn exception_str(&mut self, o: ObjRef) -> PyResult<ObjRef> {
        if self.is_instance_of_name(o, "OSError") {
            if let Some(s) = self.os_error_str(o)? {
                return self.new_string(s);
            }
        }
        if let Some(s) = self.unicode_error_str(o)? {
            return self.new_string(s);
        }
        if self.is_instance_of_name(o, "SyntaxError") {
            return self.syntax_error_str(o);
        }
        let key_error = self.is_instance_of_name(o, "KeyError");
        self.with_exception_args(o, |vm, args, items| match items.len() {
            0 => Ok(vm.intern("")),
            1 if key_error => vm.repr(items[0]),
            1 => vm.str(items[0]),
            _ => vm.repr(args),
        })
    }

    /// CPython's `SyntaxError_str`: the message, with the file's base name
    /// and the line when they are known.
    fn syntax_error_str(&mut self, o: ObjRef) -> PyResult<ObjRef> {
        let msg = self.getattr_str(o, "msg")?;
        let msg = self.using(msg, |vm, m| vm.str_string(m))?;
        let filename = self.getattr_str(o, "filename")?;
        let base = str_of(filename).map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
        self.decref(filename);
        let lineno = self.getattr_str(o, "lineno")?;
        let line = (lineno.tag() == Tag::Int)
            .then(|| int_of(lineno).map(|i| i.to_big().to_string()))
            .flatten();
        self.decref(lineno);
        let (filename, lineno) = (base, line);
        let s = match (filename, lineno) {
            (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(l)) => format!("{msg} (line {l})"),
            (None, None) => msg,
        };
        self.new_string(s)
    }

    /// UnicodeEncodeError's and UnicodeDecodeError's str from their five
    /// arguments (encoding, object, start, end, reason).
    fn unicode_error_str(&mut self, o: ObjRef) -> PyResult<Option<String>> {
        let encode = self.is_instance_of_name(o, "UnicodeEncodeError");
        if !encode && !self.is_instance_of_name(o, "UnicodeDecodeError") {
            return Ok(None);
        }
        let args = o
            .payload::<crate::types::exception::ExceptionObject>()
            .args
            .get();
        let items = tuple_items(args).unwrap_or(&[]).to_vec();
        if items.len() != 5 {
            return Ok(None);
        }
        let (Some(enc), Some(start), Some(end), Some(reason)) = (
            str_of(items[0]),
            int_of(items[2]).and_then(|i| i.as_i64()),
            int_of(items[3]).and_then(|i| i.as_i64()),
            str_of(items[4]),
        ) else {
            return Ok(None);
        };
        let (start, end) = (start.max(0) as usize, end.max(0) as usize);
        let what = if encode {
            let c = str_of(items[1]).and_then(|s| s.chars().nth(start));
            match c {
                Some(c) if end == start + 1 => {
                    format!(
                        "character {} in position {start}",
                        crate::text::codecs::escaped(c)
                    )
                }
                _ => format!("characters in position {start}-{}", end.saturating_sub(1)),
            }
        } else {
            let b = crate::types::bytearray::buffer_of(items[1]);
            match b.as_ref().and_then(|b| b.get(start).copied()) {
                Some(x) if end == start + 1 => format!("byte {x:#04x} in position {start}"),
                _ => format!("bytes in position {start}-{}", end.saturating_sub(1)),
            }
        };
        let verb = if encode { "encode" } else { "decode" };
        Ok(Some(format!("'{enc}' codec can't {verb} {what}: {reason}")))
    }

    /// OSError's str: `[Errno 2] No such file or directory: 'x'`, when it
    /// has an errno and a message.
    fn os_error_str(&mut self, o: ObjRef) -> PyResult<Option<String>> {
        let args = o
            .payload::<crate::types::exception::ExceptionObject>()
            .args
            .get();
        let items = tuple_items(args).unwrap_or(&[]).to_vec();
        if items.len() != 2 {
            return Ok(None);
        }
        let (errno, msg) = (self.str_string(items[0])?, self.str_string(items[1])?);
        let file = |vm: &mut Self, name: &str| -> PyResult<Option<String>> {
            let Some(d) = vm.instance_dict(o) else {
                return Ok(None);
            };
            let key = vm.intern_borrow(name);
            match crate::protocol::attr::dict_get_str_key(d, key) {
                Some(f) if f != vm.none => vm.repr_string(f).map(Some),
                _ => Ok(None),
            }
        };
        Ok(Some(
            match (file(self, "filename")?, file(self, "filename2")?) {
                (Some(f), Some(f2)) => format!("[Errno {errno}] {msg}: {f} -> {f2}"),
                (Some(f), None) => format!("[Errno {errno}] {msg}: {f}"),
                _ => format!("[Errno {errno}] {msg}"),
            },
        ))
    }

    /// BaseException.__repr__: `ValueError('msg')`.
    pub(crate) fn exception_repr(&mut self, o: ObjRef) -> PyResult<String> {
        let name = self.type_name(o);
        self.with_exception_args(o, |vm, args, items| {
            Ok(match items.len() {
                1 => format!("{name}({})", vm.repr_string(items[0])?),
                _ => format!("{name}{}", vm.repr_string(args)?),
            })
        })
    }

    pub fn ascii(&mut self, o: ObjRef) -> PyResult<ObjRef> {
        let r = self.repr(o)?;
        let s = escape_non_ascii(str_of(r).unwrap_or(""));
        self.decref(r);
        self.new_string(s)
    }

    /// `format(v, spec)`, spec an optional str object.
    pub fn format(&mut self, v: ObjRef, spec: Option<ObjRef>) -> PyResult<ObjRef> {
        let spec_s = spec.and_then(str_of).unwrap_or("").to_string();
        if is_user(v) {
            let spec_obj = match spec {
                Some(s) => self.incref(s),
                None => self.new_str("")?,
            };
            let r = self.with_roots(&[spec_obj], |vm| {
                vm.try_dunder_bound(v, "__format__", &[spec_obj])
            });
            self.decref(spec_obj);
            if let Some(r) = r? {
                return self.check_str_result(r, "__format__");
            }
            if spec_s.is_empty() {
                return self.str(v);
            }
            let tn = self.type_name(v);
            return Err(self.type_error(format!(
                "unsupported format string passed to {tn}.__format__"
            )));
        }
        self.format_builtin(v, &spec_s)
    }

    /// `format(v, spec)` as the builtin layout of `v` does it (for a
    /// subclass instance, its base type's `__format__`).
    pub(crate) fn format_builtin(&mut self, v: ObjRef, spec_s: &str) -> PyResult<ObjRef> {
        if spec_s.is_empty() {
            return self.str(v);
        }
        let tn = self.type_name(v);
        let tag = layout_tag(v);
        if tag == Tag::Complex {
            let (re, im) = crate::types::complex::complex_of(v).expect("a complex");
            let r = format_spec::parse(spec_s).and_then(|sp| {
                self.check_room(
                    sp.width
                        .unwrap_or(0)
                        .saturating_add(sp.precision.unwrap_or(0)),
                )
                .map_err(|e| {
                    self.decref(e);
                    "Too many decimal digits in format string".to_string()
                })?;
                format_spec::format_complex(re, im, &sp)
            });
            return match r {
                Ok(s) => self.new_string(s),
                Err(m) => Err(self.value_error(m)),
            };
        }
        if !matches!(tag, Tag::Int | Tag::Bool | Tag::Float | Tag::Str) {
            return Err(self.type_error(format!(
                "unsupported format string passed to {tn}.__format__"
            )));
        }
        if let Some(Int::Big(b)) = int_of(v) {
            self.check_int_to_str(b)?;
        }
        let r = format_spec::parse_typed(spec_s, &tn);
        if let Ok(sp) = &r {
            // The program chose the width and precision: the result must
            // fit before it is built.
            let (w, p) = (sp.width.unwrap_or(0), sp.precision.unwrap_or(0));
            if tag == Tag::Float && p > i32::MAX as usize {
                return Err(self.value_error("precision too big".to_string()));
            }
            self.check_room(w.saturating_add(p))?;
        }
        let r = r.and_then(|sp| match tag {
            Tag::Int | Tag::Bool => {
                format_spec::format_int_typed(&int_of(v).expect("int").to_big(), &sp, &tn)
            }
            Tag::Float => format_spec::format_float_typed(v.payload::<FloatObject>().0, &sp, &tn),
            _ => format_spec::format_str_typed(str_of(v).unwrap_or(""), &sp, &tn),
        });
        match r {
            // A str neither padded nor cut is its own result (the fast
            // path of CPython's `format_string_internal`, which writes
            // the object itself, of a subclass too).
            Ok(s) if tag == Tag::Str && str_of(v) == Some(s.as_str()) => Ok(self.incref(v)),
            Ok(s) => self.new_string(s),
            Err(m) if format_spec::is_overflow_error(&m) => Err(self.new_error("OverflowError", m)),
            Err(m) if m.starts_with("unsupported format string") => Err(self.type_error(m)),
            Err(m) => Err(self.value_error(m)),
        }
    }
}

/// `ascii()`: a repr with every non-ASCII character escaped.
fn escape_non_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            n @ 0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
            n @ 0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            n => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}
