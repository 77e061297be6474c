//! Work on files spread over the machine's cores, results in file order.

use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

/// At most this many threads: loading reads a handful of large files.
const MAX_THREADS: usize = 8;

/// `work(i, input)` for every input, on up to one thread per core, the
/// heaviest inputs first. The results come back in input order, whatever
/// thread made them, so the outcome never depends on timing.
pub fn map<T: Send, R: Send>(
    inputs: Vec<T>,
    weight: impl Fn(usize, &T) -> usize,
    work: impl Fn(usize, T) -> R + Sync,
) -> Vec<R> {
    let n = inputs.len();
    let threads = std::thread::available_parallelism()
        .map_or(1, NonZeroUsize::get)
        .min(MAX_THREADS)
        .min(n);
    if threads <= 1 {
        return inputs
            .into_iter()
            .enumerate()
            .map(|(i, input)| work(i, input))
            .collect();
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(weight(i, &inputs[i])));
    let inputs: Vec<Mutex<Option<T>>> = inputs.into_iter().map(|t| Mutex::new(Some(t))).collect();
    let results: Vec<Mutex<Option<R>>> = (0..n).map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                while let Some(&i) = order.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let input = lock(&inputs[i]).take().expect("each input is taken once");
                    let result = work(i, input);
                    *lock(&results[i]) = Some(result);
                }
            });
        }
    });
    results
        .into_iter()
        .map(|r| {
            r.into_inner()
                .unwrap_or_else(PoisonError::into_inner)
                .expect("every input was worked on")
        })
        .collect()
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_input_order() {
        let inputs: Vec<usize> = (0..50).collect();
        let out = super::map(inputs, |_, &x| x % 7, |i, x| (i, x * 2));
        assert_eq!(out, (0..50).map(|x| (x, x * 2)).collect::<Vec<_>>());
    }
}
