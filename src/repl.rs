//! The interactive prompt: `ouro` (or `ouro run [--gc NAME]`) with no
//! program. Lines are read with rustyline (editing, history); the vm runs
//! each complete statement in `__main__` and shows its result, as
//! `python3`'s prompt does. When stdin is not a terminal, it is read as a
//! program instead (`echo 'print(1)' | ouro`), also as `python3` does.

use ouro_gc_core::Collector;
use ouro_vm::{Input, VmConfig};
use rustyline::error::ReadlineError;
use std::io::{IsTerminal, Read};

/// Run the prompt (or stdin's program) under collector `C`; the exit
/// status.
pub fn interactive<C: Collector>(config: VmConfig, collector: &str) -> i32 {
    if !std::io::stdin().is_terminal() {
        let mut source = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut source) {
            eprintln!("ouro: can't read stdin: {e}");
            return 2;
        }
        return ouro_vm::run_program::<C>(config, &source, "<stdin>");
    }
    let mut editor = match rustyline::DefaultEditor::new() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("ouro: can't start the line editor: {e}");
            return 2;
        }
    };
    eprintln!(
        "ouro {} ({collector} collector), running Python 3.11 programs\n\
         Type Ctrl-D to leave; sys.getrefcount(x) and gc.collect() work here too.",
        env!("CARGO_PKG_VERSION")
    );
    ouro_vm::run_interactive_session::<C>(config, |prompt| match editor.readline(prompt) {
        Ok(line) => {
            if !line.trim().is_empty() {
                let _ = editor.add_history_entry(line.as_str());
            }
            Input::Line(line)
        }
        Err(ReadlineError::Interrupted) => Input::Interrupted,
        Err(_) => {
            // Ctrl-D: leave on a fresh line, as python3 does.
            println!();
            Input::End
        }
    })
}
