//! The binary's allocator (`parcours::alloc::HugePages`): blocks of every
//! size keep their contents through growth, and large blocks get huge
//! pages where the kernel gives them on request.

#[global_allocator]
static ALLOCATOR: parcours::alloc::HugePages = parcours::alloc::HugePages;

/// Small and large blocks, grown in place or moved, keep every byte.
#[test]
fn blocks_keep_their_contents_as_they_grow() {
    for size in [1, 100, 4096, 3 << 20, 5 << 20, 40 << 20] {
        let mut v: Vec<u32> = (0..u32::try_from(size / 4).unwrap()).collect();
        let expected = v.len();
        v.extend(0..u32::try_from(size / 2).unwrap());
        assert!(
            v[..expected]
                .iter()
                .enumerate()
                .all(|(i, &x)| x as usize == i)
        );
        assert!(
            v[expected..]
                .iter()
                .enumerate()
                .all(|(i, &x)| x as usize == i)
        );
        v.truncate(expected / 2);
        v.shrink_to_fit();
        assert!(v.iter().enumerate().all(|(i, &x)| x as usize == i));
        let zeroed = vec![0u64; size / 8];
        assert!(zeroed.iter().all(|&x| x == 0));
    }
}

/// The huge-page memory, in KiB, of the mappings that overlap
/// `start..end` in this process (Linux): the block's own, whatever other
/// tests allocate or free meanwhile.
#[cfg(target_os = "linux")]
fn anon_huge_kib(start: usize, end: usize) -> u64 {
    let smaps = std::fs::read_to_string("/proc/self/smaps").expect("Linux has smaps");
    let mut total = 0;
    let mut inside = false;
    for line in smaps.lines() {
        let range = line
            .split_whitespace()
            .next()
            .and_then(|r| r.split_once('-'));
        if let Some((from, to)) = range
            && let (Ok(from), Ok(to)) = (
                usize::from_str_radix(from, 16),
                usize::from_str_radix(to, 16),
            )
        {
            inside = from < end && start < to;
        } else if inside && let Some(kib) = line.strip_prefix("AnonHugePages:") {
            total += kib
                .split_whitespace()
                .next()
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
        }
    }
    total
}

/// A large block written through is backed by huge pages when the kernel
/// has them on request (`madvise` or `always`); skipped when they are off.
#[cfg(target_os = "linux")]
#[test]
fn large_blocks_get_huge_pages() {
    let mode =
        std::fs::read_to_string("/sys/kernel/mm/transparent_hugepage/enabled").unwrap_or_default();
    if mode.is_empty() || mode.contains("[never]") {
        eprintln!("transparent huge pages are off here: nothing to check");
        return;
    }
    let mut block = vec![0u8; 64 << 20];
    for page in block.chunks_mut(4096) {
        page[0] = 1;
    }
    let start = block.as_ptr().addr();
    let huge = anon_huge_kib(start, start + block.len());
    assert!(
        huge >= 16 * 1024,
        "64 MiB written, {huge} KiB of it in huge pages"
    );
    assert_eq!(
        block.iter().map(|&b| usize::from(b)).sum::<usize>(),
        16 << 10
    );
}
