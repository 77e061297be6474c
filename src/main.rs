//! The `parcours` binary: everything happens in [`parcours::cli`].

#[global_allocator]
static ALLOCATOR: parcours::alloc::HugePages = parcours::alloc::HugePages;

fn main() -> std::process::ExitCode {
    parcours::cli::main()
}
