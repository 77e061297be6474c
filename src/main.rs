//! The `parcours` binary: everything happens in [`parcours::cli`].

fn main() -> std::process::ExitCode {
    parcours::cli::main()
}
