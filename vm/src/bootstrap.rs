//! Start-up: creates `object` and `type`, every builtin type and exception
//! class, the interned names the vm uses, and the builtins module.

use crate::object::{ObjExt, Tag};
use crate::types::dict::{DictObject, DICT_VT};
use crate::types::typeobj::{InstanceLayout, SlotLayout, TypeObject, TYPE_VT};
use crate::vm::Vm;
use hashbrown::HashMap;
use ouro_gc_core::{Collector, ObjRef, Visit};

/// The builtin types, by name. Each entry holds one counted reference.
pub struct Types {
    pub by_name: HashMap<&'static str, ObjRef>,
    pub object: ObjRef,
    pub type_: ObjRef,
    pub int: ObjRef,
    pub bool_: ObjRef,
    pub float: ObjRef,
    pub str_: ObjRef,
    pub list: ObjRef,
    pub tuple: ObjRef,
    pub dict: ObjRef,
    pub set: ObjRef,
    pub frozenset: ObjRef,
    pub function: ObjRef,
    pub base_exception: ObjRef,
    pub exception: ObjRef,
}

impl Types {
    pub fn placeholder(null: ObjRef) -> Types {
        Types {
            by_name: HashMap::new(),
            object: null,
            type_: null,
            int: null,
            bool_: null,
            float: null,
            str_: null,
            list: null,
            tuple: null,
            dict: null,
            set: null,
            frozenset: null,
            function: null,
            base_exception: null,
            exception: null,
        }
    }

    pub fn get(&self, name: &str) -> ObjRef {
        *self
            .by_name
            .get(name)
            .unwrap_or_else(|| panic!("builtin type {name} exists"))
    }

    pub fn visit(&self, visit: Visit<'_>) {
        for &t in self.by_name.values() {
            visit(t);
        }
    }

    /// The type of a builtin iterator, from its kind and what it iterates.
    pub fn iter_type(&self, kind: &'static str, o: ObjRef) -> ObjRef {
        use crate::types::iter::{IterObject, IterState};
        let name = match (&*o.payload::<IterObject>().state.borrow(), kind) {
            (IterState::Seq { seq: Some(s), .. }, _) => match s.tag() {
                Tag::Tuple => "tuple_iterator",
                Tag::Str => "str_ascii_iterator",
                Tag::Bytes => "bytes_iterator",
                Tag::Bytearray => "bytearray_iterator",
                _ => "list_iterator",
            },
            (IterState::Seq { .. }, _) => "list_iterator",
            (IterState::Reversed { seq: Some(s), .. }, _) if s.tag() == Tag::List => {
                "list_reverseiterator"
            }
            (IterState::Reversed { .. }, _) => "reversed",
            (_, k) => k,
        };
        self.get(name)
    }

    pub fn dict_view_type(&self, o: ObjRef) -> ObjRef {
        use crate::types::iter::{DictPart, DictViewObject};
        self.get(match o.payload::<DictViewObject>().part {
            DictPart::Keys => "dict_keys",
            DictPart::Values => "dict_values",
            DictPart::Items => "dict_items",
        })
    }
}

macro_rules! names {
    ($($field:ident = $s:literal),* $(,)?) => {
        /// Interned names the vm looks up often (uncounted aliases of
        /// entries of the interned table).
        pub struct Names { $(pub $field: ObjRef,)* }
        impl Names {
            pub fn placeholder(null: ObjRef) -> Names { Names { $($field: null,)* } }
            fn make<C: Collector>(vm: &mut Vm<C>) -> Names {
                Names { $($field: { let o = vm.intern($s); vm.decref(o); o },)* }
            }
        }
    };
}

names! {
    init = "__init__", del = "__del__", repr = "__repr__", str_ = "__str__",
    eq = "__eq__", ne = "__ne__", lt = "__lt__", le = "__le__", gt = "__gt__", ge = "__ge__",
    hash = "__hash__", len = "__len__", bool_ = "__bool__", getitem = "__getitem__",
    setitem = "__setitem__", delitem = "__delitem__", contains = "__contains__",
    iter = "__iter__", next = "__next__", call = "__call__", name = "__name__",
    qualname = "__qualname__", module = "__module__", doc = "__doc__", dict = "__dict__",
    class = "__class__", classcell = "__classcell__", builtins = "__builtins__",
    getattr = "__getattr__", setattr = "__setattr__", delattr = "__delattr__",
    index = "__index__", int = "__int__", float = "__float__", neg = "__neg__",
    pos = "__pos__", abs = "__abs__", invert = "__invert__", format = "__format__",
    get = "__get__", set = "__set__", delete = "__delete__", new = "__new__",
    copy = "__copy__", deepcopy = "__deepcopy__", slots = "__slots__", main = "__main__",
    args = "args", reversed = "__reversed__", round = "__round__", enter = "__enter__",
    exit = "__exit__", mro_entries = "__mro_entries__", file = "__file__",
}

/// CPython 3.11's exception hierarchy (the part ouro raises or offers).
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", "object"),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("PermissionError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("InterruptedError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("BlockingIOError", "OSError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("StopAsyncIteration", "Exception"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("BaseExceptionGroup", "BaseException"),
];

/// Builtin types: (name, base, layout of instances, tag whose type it is).
const BUILTIN_TYPES: &[(&str, &str, Option<Tag>)] = &[
    ("NoneType", "object", Some(Tag::None)),
    ("NotImplementedType", "object", Some(Tag::NotImplemented)),
    ("ellipsis", "object", Some(Tag::Ellipsis)),
    ("int", "object", Some(Tag::Int)),
    ("bool", "int", Some(Tag::Bool)),
    ("float", "object", Some(Tag::Float)),
    ("complex", "object", Some(Tag::Complex)),
    ("str", "object", Some(Tag::Str)),
    ("bytes", "object", Some(Tag::Bytes)),
    ("bytearray", "object", Some(Tag::Bytearray)),
    ("list", "object", Some(Tag::List)),
    ("tuple", "object", Some(Tag::Tuple)),
    ("dict", "object", Some(Tag::Dict)),
    ("set", "object", Some(Tag::Set)),
    ("frozenset", "object", Some(Tag::FrozenSet)),
    ("range", "object", Some(Tag::Range)),
    ("slice", "object", Some(Tag::Slice)),
    ("function", "object", Some(Tag::Function)),
    ("builtin_function_or_method", "object", Some(Tag::Builtin)),
    ("method", "object", Some(Tag::Method)),
    ("code", "object", Some(Tag::Code)),
    ("module", "object", Some(Tag::Module)),
    ("cell", "object", Some(Tag::Cell)),
    ("staticmethod", "object", Some(Tag::StaticMethod)),
    ("classmethod", "object", Some(Tag::ClassMethod)),
    ("property", "object", Some(Tag::Property)),
    ("super", "object", Some(Tag::Super)),
    ("frame", "object", Some(Tag::Frame)),
    ("traceback", "object", Some(Tag::Traceback)),
    ("weakref.ReferenceType", "object", Some(Tag::WeakRef)),
    ("member_descriptor", "object", Some(Tag::Member)),
    ("getset_descriptor", "object", Some(Tag::GetSet)),
    ("generator", "object", Some(Tag::Generator)),
    ("list_iterator", "object", None),
    ("list_reverseiterator", "object", None),
    ("tuple_iterator", "object", None),
    ("str_ascii_iterator", "object", None),
    ("bytes_iterator", "object", None),
    ("bytearray_iterator", "object", None),
    ("range_iterator", "object", None),
    ("dict_keyiterator", "object", None),
    ("dict_valueiterator", "object", None),
    ("dict_itemiterator", "object", None),
    ("dict_reversekeyiterator", "object", None),
    ("dict_reversevalueiterator", "object", None),
    ("dict_reverseitemiterator", "object", None),
    ("set_iterator", "object", None),
    ("iterator", "object", None),
    ("callable_iterator", "object", None),
    ("reversed", "object", None),
    ("enumerate", "object", None),
    ("zip", "object", None),
    ("map", "object", None),
    ("filter", "object", None),
    ("itertools.permutations", "object", None),
    ("itertools.combinations", "object", None),
    ("itertools.combinations_with_replacement", "object", None),
    ("itertools.product", "object", None),
    ("itertools.zip_longest", "object", None),
    ("collections.deque", "object", Some(Tag::Deque)),
    ("functools.partial", "object", Some(Tag::Partial)),
    ("_random.Random", "object", Some(Tag::Random)),
    ("_collections._deque_iterator", "object", None),
    ("_collections._deque_reverse_iterator", "object", None),
    ("dict_keys", "object", None),
    ("dict_values", "object", None),
    ("dict_items", "object", None),
    ("coroutine", "object", None),
    ("async_generator", "object", None),
    ("async_generator_asend", "object", Some(Tag::AsyncGenOp)),
    ("async_generator_athrow", "object", None),
    ("anext_awaitable", "object", None),
    ("coroutine_wrapper", "object", None),
];

/// Make a type object with an empty dict. `bases` are borrowed.
pub fn new_type<C: Collector>(
    vm: &mut Vm<C>,
    name: &str,
    bases: &[ObjRef],
    layout: InstanceLayout,
    builtin: bool,
) -> ObjRef {
    let dict = vm
        .alloc(&DICT_VT, DictObject::new())
        .expect("heap at start-up");
    dict.payload::<DictObject>().set_type_dict();
    let mut mro: Vec<ObjRef> = Vec::new();
    if let Some(&b) = bases.first() {
        mro = b.payload::<TypeObject>().mro_with_self(b);
    }
    for &m in &mro {
        vm.incref(m);
    }
    for &b in bases {
        vm.incref(b);
    }
    let t = TypeObject {
        name: name.into(),
        qualname: name.into(),
        module: None,
        bases: bases.to_vec().into(),
        mro: mro.into(),
        dict,
        layout,
        ctor: None.into(),
        is_builtin: builtin,
        has_del: false.into(),
        has_getattribute: false.into(),
        meta: None.into(),
        serial: crate::types::typeobj::next_serial(),
        collection_flags: std::cell::Cell::new(match name {
            "dict" => crate::types::typeobj::TPFLAGS_MAPPING,
            "list" | "tuple" | "range" | "collections.deque" => {
                crate::types::typeobj::TPFLAGS_SEQUENCE
            }
            _ => bases
                .first()
                .map_or(0, |b| b.payload::<TypeObject>().collection_flags.get()),
        }),
        shared_keys: Default::default(),
        class_refs: None.into(),
        slots: match layout {
            // BaseException has a dict but no weak reference list: its
            // subclasses add that (and show `__weakref__`).
            InstanceLayout::Exception => SlotLayout {
                weakrefable: false,
                ..SlotLayout::plain()
            },
            // A class has a dict and weak references of its own, a set
            // weak references: a subclass adds no descriptor for them.
            _ if name == "type" => SlotLayout::plain(),
            _ if matches!(name, "set" | "frozenset") => SlotLayout {
                weakrefable: true,
                ..SlotLayout::default()
            },
            _ => SlotLayout::default(),
        },
    };
    vm.alloc(&TYPE_VT, t).expect("heap at start-up")
}

/// Create everything the vm needs before it can run a program.
pub fn bootstrap<C: Collector>(vm: &mut Vm<C>) {
    vm.empty_tuple = vm
        .alloc_items(
            &crate::types::tuple::TUPLE_VT,
            crate::types::tuple::TupleObject::new(0),
            &[],
        )
        .expect("heap at start-up");
    // `()` is a static singleton in CPython, never tracked.
    ouro_gc_core::gclist::untrack(vm.empty_tuple);
    let empty = vm.empty_tuple;
    vm.make_static(empty);
    vm.names = Names::make(vm);
    let object = new_type(vm, "object", &[], InstanceLayout::Plain, true);
    let type_ = new_type(
        vm,
        "type",
        &[object],
        InstanceLayout::Builtin(Tag::Type),
        true,
    );
    vm.types.by_name.insert("object", object);
    vm.types.by_name.insert("type", type_);
    vm.tag_types[Tag::Type as usize] = Some(type_);
    vm.tag_types[Tag::Instance as usize] = Some(object);
    for &(name, base, tag) in BUILTIN_TYPES {
        let b = vm.types.get(base);
        let layout = tag.map_or(InstanceLayout::Builtin(Tag::Iter), InstanceLayout::Builtin);
        let t = new_type(vm, name, &[b], layout, true);
        vm.types.by_name.insert(name, t);
        if let Some(tag) = tag {
            vm.tag_types[tag as usize] = Some(t);
        }
    }
    // The other types of `Tag::Builtin` objects (`BuiltinObject::type_name`).
    for name in [
        "method_descriptor",
        "wrapper_descriptor",
        "method-wrapper",
        "classmethod_descriptor",
    ] {
        let object = vm.types.get("object");
        let t = new_type(
            vm,
            name,
            &[object],
            InstanceLayout::Builtin(Tag::Builtin),
            true,
        );
        vm.types.by_name.insert(name, t);
    }
    for &(name, base) in EXCEPTIONS {
        let b = vm.types.get(base);
        let t = new_type(vm, name, &[b], InstanceLayout::Exception, true);
        vm.types.by_name.insert(name, t);
    }
    // The one builtin class with two bases.
    let (beg, exc) = (
        vm.types.get("BaseExceptionGroup"),
        vm.types.get("Exception"),
    );
    let eg = new_type(
        vm,
        "ExceptionGroup",
        &[beg, exc],
        InstanceLayout::Exception,
        true,
    );
    {
        let base_exception = vm.types.get("BaseException");
        let mut mro = eg.payload::<TypeObject>().mro.borrow_mut();
        let object = mro.pop().expect("object ends the mro");
        debug_assert_eq!(&mro[..], &[beg, base_exception]);
        mro.insert(1, exc);
        mro.push(object);
        vm.incref(exc);
    }
    vm.types.by_name.insert("ExceptionGroup", eg);
    let g = |n| vm.types.get(n);
    let (
        int,
        bool_,
        float,
        str_,
        list,
        tuple,
        dict,
        set,
        frozenset,
        function,
        base_exception,
        exception,
    ) = (
        g("int"),
        g("bool"),
        g("float"),
        g("str"),
        g("list"),
        g("tuple"),
        g("dict"),
        g("set"),
        g("frozenset"),
        g("function"),
        g("BaseException"),
        g("Exception"),
    );
    vm.types.object = object;
    vm.types.type_ = type_;
    vm.types.int = int;
    vm.types.bool_ = bool_;
    vm.types.float = float;
    vm.types.str_ = str_;
    vm.types.list = list;
    vm.types.tuple = tuple;
    vm.types.dict = dict;
    vm.types.set = set;
    vm.types.frozenset = frozenset;
    vm.types.function = function;
    vm.types.base_exception = base_exception;
    vm.types.exception = exception;
    vm.memory_error = crate::interp::exceptions::make_exception(vm, "MemoryError", &[])
        .expect("heap at start-up");
    crate::types::register_all(vm);
    crate::builtins::install(vm);
    crate::modules::install_all(vm);
}
