//! The allocator of the `parcours` binary and benches: the system's, with
//! the kernel asked to back large blocks with huge pages.
//!
//! Loading a catalogue and building its graph fill a few hundred MB of
//! fresh memory (the offers and links, the graph's arrays): with 4 KiB
//! pages that is a page fault and a cleared page every 4 KiB, a fifth of
//! `parcours route`'s time at 100k offers. This machine's kernel, like
//! most distributions', gives transparent huge pages only to memory that
//! asks for them (`madvise` mode), so large blocks ask: 2 MiB pages fault
//! 512 times less often. Small blocks are left as they are.

use std::alloc::{GlobalAlloc, Layout, System};

/// [`System`], with blocks of [`LARGE`] bytes or more advised to use huge
/// pages (Linux; elsewhere it is [`System`] alone).
pub struct HugePages;

/// The size of a huge page on x86-64 and most arm64 kernels.
const HUGE_PAGE: usize = 2 << 20;

/// Blocks from this size hold at least one whole aligned huge page.
const LARGE: usize = 2 * HUGE_PAGE;

/// The size of a page, which advice is given in.
const PAGE: usize = 4096;

/// Asks for huge pages over the pages the block at `ptr` lies on (the
/// kernel uses them for the whole aligned huge pages inside). Advice only
/// changes how the kernel backs memory, never its contents, so naming the
/// allocator's own header on the block's first page changes nothing; and
/// naming every page keeps a large block's mapping whole, which the
/// allocator needs to grow it by remapping rather than copying. A kernel
/// that says no (huge pages off, another platform) leaves things as they
/// were.
#[allow(unsafe_code)]
fn advise(ptr: *mut u8, size: usize) {
    #[cfg(target_os = "linux")]
    if size >= LARGE && !ptr.is_null() {
        let start = ptr.addr() / PAGE * PAGE;
        let end = (ptr.addr() + size).next_multiple_of(PAGE);
        // SAFETY: `start..end` are the pages the block lies on, mapped by
        // the allocator; `MADV_HUGEPAGE` changes no byte of them.
        unsafe {
            libc::madvise(
                ptr.with_addr(start).cast(),
                end - start,
                libc::MADV_HUGEPAGE,
            );
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = (ptr, size);
}

// SAFETY: every call is passed to `System` unchanged; `advise` only gives
// the kernel advice about the blocks `System` returned.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for HugePages {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract, passed on.
        let ptr = unsafe { System.alloc(layout) };
        advise(ptr, layout.size());
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract, passed on.
        let ptr = unsafe { System.alloc_zeroed(layout) };
        advise(ptr, layout.size());
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract, passed on.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's contract, passed on.
        let ptr = unsafe { System.realloc(ptr, layout, new_size) };
        // A block grown in place has a part not yet advised.
        advise(ptr, new_size);
        ptr
    }
}
