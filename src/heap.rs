//! The .wasm's memory allocator: size classes for small blocks, address-ordered free spans for large
//! ones, and a bump pointer over memory that only grows.
//!
//! The Rust standard library's allocator for `wasm32-unknown-unknown` (a port of Doug Lea's dlmalloc)
//! is about 8.7 KB of code; this one is a fraction of that, which the size budget needs. The design is
//! the textbook one (Wilson, Johnstone, Neely and Boles, "Dynamic Storage Allocation: A Survey and
//! Critical Review", 1995): segregated free lists of exact size classes, four classes to each power of
//! two (at most 25% of a block unused), with no headers, since `GlobalAlloc` is told a block's size
//! when it is freed; blocks above 64 KiB are rounded to 4 KiB and kept as free spans sorted by address,
//! first fit, merged with their neighbours when freed and given back to the bump pointer when they lie
//! at its top, so that a vector growing at the top of the heap grows in place.
//!
//! The logic here knows nothing of WebAssembly: it asks a [`Pages`] for more memory. `src/wasm.rs`
//! gives it `memory.grow`; the tests below give it a buffer.

#![allow(unsafe_code)]

/// Where fresh memory comes from.
pub trait Pages {
    /// At least `bytes` more bytes of memory: the start and length of the new region, or `None` when
    /// there is no more. A region that starts where the last one ended extends it.
    fn grow(&mut self, bytes: usize) -> Option<(usize, usize)>;
}

/// Alignment every block has; larger alignments are served from the bump pointer and never reused.
const ALIGN: usize = 8;
/// Size classes of small blocks: 8, 16, 24, 32, then four to each power of two up to 64 KiB.
const CLASSES: usize = 48;
/// The largest small block.
const SMALL_MAX: usize = 1 << 16;
/// Large blocks are whole multiples of this.
const LARGE_STEP: usize = 1 << 12;
/// Free large spans remembered; a span freed when the list is full is forgotten (its memory unused).
const SPANS: usize = 64;

/// A free run of large-block memory.
#[derive(Clone, Copy)]
struct Span {
    start: usize,
    len: usize,
}

/// The allocator's state.
pub struct Heap<P> {
    pages: P,
    /// The bump pointer: memory from here to `end` was never handed out (or was given back).
    next: usize,
    end: usize,
    /// The first free block of each small class (0: none); each free block holds the address of the
    /// next in its first word.
    free: [usize; CLASSES],
    /// Free large spans sorted by address, never adjacent to one another or to `next`.
    spans: [Span; SPANS],
    span_count: usize,
}

/// The class of a small size (1 to 64 KiB) and the size of its blocks.
fn class_of(size: usize) -> (usize, usize) {
    if size <= 32 {
        let rounded = (size.max(1) + ALIGN - 1) & !(ALIGN - 1);
        return (rounded / ALIGN - 1, rounded);
    }
    // size - 1 lies in [2^p, 2^(p+1)); its blocks are 5, 6, 7 or 8 times 2^(p-2).
    let p = (usize::BITS - 1 - (size - 1).leading_zeros()) as usize;
    let shift = p - 2;
    let quarters = ((size - 1) >> shift) + 1;
    (4 + (p - 5) * 4 + quarters - 5, quarters << shift)
}

/// A large size rounded up to whole steps.
fn large_len(size: usize) -> usize {
    size.div_ceil(LARGE_STEP) * LARGE_STEP
}

impl<P: Pages> Heap<P> {
    /// An empty heap that takes its memory from `pages`.
    pub const fn new(pages: P) -> Self {
        Heap {
            pages,
            next: 0,
            end: 0,
            free: [0; CLASSES],
            spans: [Span { start: 0, len: 0 }; SPANS],
            span_count: 0,
        }
    }

    /// `size` bytes aligned to `align` from the bump pointer, or null.
    fn bump(&mut self, size: usize, align: usize) -> *mut u8 {
        let mut start = (self.next + align - 1) & !(align - 1);
        if start + size > self.end {
            let Some((region, len)) = self.pages.grow(start + size - self.end) else {
                return core::ptr::null_mut();
            };
            if region != self.end {
                // Not contiguous: start over in the new region, which holds `size` after alignment.
                start = (region + align - 1) & !(align - 1);
                if start + size > region + len {
                    return core::ptr::null_mut();
                }
            }
            self.end = region + len;
        }
        self.next = start + size;
        start as *mut u8
    }

    /// A block of `size` bytes aligned to `align`, or null when memory runs out.
    ///
    /// # Safety
    /// `size` is not zero; `align` is a power of two.
    pub unsafe fn alloc(&mut self, size: usize, align: usize) -> *mut u8 {
        if align > ALIGN {
            return self.bump(size, align);
        }
        if size <= SMALL_MAX {
            let (class, rounded) = class_of(size);
            let head = self.free[class];
            if head != 0 {
                // SAFETY: a free block of this class, whose first word was written by `dealloc`.
                self.free[class] = unsafe { *(head as *const usize) };
                return head as *mut u8;
            }
            return self.bump(rounded, ALIGN);
        }
        let len = large_len(size);
        if let Some(i) = self.spans[..self.span_count]
            .iter()
            .position(|s| s.len >= len)
        {
            return self.take_from_span(i, len) as *mut u8;
        }
        self.bump(len, ALIGN)
    }

    /// Frees a block from [`Heap::alloc`] of the same size and alignment.
    ///
    /// # Safety
    /// `ptr` came from this heap with this `size` and `align` and is not used again.
    pub unsafe fn dealloc(&mut self, ptr: *mut u8, size: usize, align: usize) {
        if align > ALIGN {
            return;
        }
        if size <= SMALL_MAX {
            let (class, _) = class_of(size);
            // SAFETY: the block is ours again and at least one aligned word long.
            unsafe { *(ptr as *mut usize) = self.free[class] };
            self.free[class] = ptr as usize;
            return;
        }
        self.release(ptr as usize, large_len(size));
    }

    /// Resizes a block from [`Heap::alloc`], in place when it can; null when memory runs out (the old
    /// block is then untouched).
    ///
    /// # Safety
    /// As [`Heap::dealloc`] for `ptr`, `size` and `align`; `new_size` is not zero.
    pub unsafe fn realloc(
        &mut self,
        ptr: *mut u8,
        size: usize,
        align: usize,
        new_size: usize,
    ) -> *mut u8 {
        if align <= ALIGN {
            if size <= SMALL_MAX
                && new_size <= SMALL_MAX
                && class_of(size).1 == class_of(new_size).1
            {
                return ptr;
            }
            if size > SMALL_MAX
                && new_size > SMALL_MAX
                && self.resize_large(ptr as usize, size, new_size)
            {
                return ptr;
            }
        }
        // SAFETY: the caller's promises, passed on.
        unsafe {
            let fresh = self.alloc(new_size, align);
            if !fresh.is_null() {
                core::ptr::copy_nonoverlapping(ptr, fresh, size.min(new_size));
                self.dealloc(ptr, size, align);
            }
            fresh
        }
    }

    /// Resizes a large block in place when it shrinks, lies at the top or has a free span after it.
    fn resize_large(&mut self, start: usize, size: usize, new_size: usize) -> bool {
        let (old, new) = (large_len(size), large_len(new_size));
        if new <= old {
            if new < old {
                self.release(start + new, old - new);
            }
            return true;
        }
        let grow = new - old;
        if start + old == self.next {
            if start + new > self.end {
                match self.pages.grow(start + new - self.end) {
                    Some((region, len)) if region == self.end => self.end = region + len,
                    Some((region, len)) => {
                        // Not contiguous: the new region serves later blocks.
                        self.next = region;
                        self.end = region + len;
                        return false;
                    }
                    None => return false,
                }
            }
            self.next = start + new;
            return true;
        }
        let after = self.spans[..self.span_count]
            .iter()
            .position(|s| s.start == start + old);
        if let Some(i) = after.filter(|&i| self.spans[i].len >= grow) {
            self.take_from_span(i, grow);
            return true;
        }
        false
    }

    /// Gives back a large span: to the bump pointer at the top, else into the sorted list, merged.
    fn release(&mut self, start: usize, len: usize) {
        if start + len == self.next {
            self.next = start;
            if self.span_count > 0 {
                let last = self.spans[self.span_count - 1];
                if last.start + last.len == self.next {
                    self.next = last.start;
                    self.span_count -= 1;
                }
            }
            return;
        }
        let at = self.spans[..self.span_count].partition_point(|s| s.start < start);
        let joins_before = at > 0 && {
            let before = self.spans[at - 1];
            before.start + before.len == start
        };
        let joins_after = at < self.span_count && start + len == self.spans[at].start;
        match (joins_before, joins_after) {
            (true, true) => {
                self.spans[at - 1].len += len + self.spans[at].len;
                self.remove_span(at);
            }
            (true, false) => self.spans[at - 1].len += len,
            (false, true) => {
                self.spans[at].start = start;
                self.spans[at].len += len;
            }
            (false, false) => {
                if self.span_count == SPANS {
                    return;
                }
                self.spans.copy_within(at..self.span_count, at + 1);
                self.spans[at] = Span { start, len };
                self.span_count += 1;
            }
        }
    }

    /// Takes the first `len` bytes of free span `i` (at least `len` long); returns their start.
    fn take_from_span(&mut self, i: usize, len: usize) -> usize {
        let span = self.spans[i];
        if span.len == len {
            self.remove_span(i);
        } else {
            self.spans[i] = Span {
                start: span.start + len,
                len: span.len - len,
            };
        }
        span.start
    }

    fn remove_span(&mut self, i: usize) {
        self.spans.copy_within(i + 1..self.span_count, i);
        self.span_count -= 1;
    }

    /// Bytes taken from the pages so far (the heap's peak, since memory only grows).
    #[cfg(test)]
    fn high_water(&self) -> usize {
        self.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pages from one buffer, handed out 64 KiB at a time as `memory.grow` does.
    struct Buffer {
        memory: Vec<u64>,
        used: usize,
    }

    impl Pages for Buffer {
        fn grow(&mut self, bytes: usize) -> Option<(usize, usize)> {
            let len = bytes.div_ceil(1 << 16) << 16;
            let base = self.memory.as_mut_ptr() as usize;
            if self.used + len > self.memory.len() * 8 {
                return None;
            }
            let start = base + self.used;
            self.used += len;
            Some((start, len))
        }
    }

    fn heap(mb: usize) -> Heap<Buffer> {
        Heap::new(Buffer {
            memory: vec![0; mb << 17],
            used: 0,
        })
    }

    #[test]
    fn classes_cover_every_size_with_a_quarter_to_spare() {
        let mut last = (0, 0);
        for size in 1..=SMALL_MAX {
            let (class, rounded) = class_of(size);
            assert!(rounded >= size && rounded % ALIGN == 0, "{size}");
            assert!(
                size <= 8 || rounded * 4 <= size * 5 + 32,
                "{size} -> {rounded}"
            );
            assert!(class == last.0 || class == last.0 + 1, "{size}");
            assert!(class >= last.0 && rounded >= last.1);
            last = (class, rounded);
        }
        assert_eq!(last, (CLASSES - 1, SMALL_MAX));
    }

    /// A pseudo-random sequence (xorshift), so that the test is the same on every run.
    fn xorshift(state: &mut u64) -> u64 {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state
    }

    #[test]
    fn blocks_never_overlap_and_keep_their_bytes_through_resizes() {
        let mut heap = heap(64);
        let mut live: Vec<(usize, usize, u8)> = Vec::new();
        let mut seed = 0x2545_f491_4f6c_dd1d;
        for step in 0..20_000u32 {
            let r = xorshift(&mut seed);
            let size = match r % 10 {
                0 => (r >> 8) as usize % 400_000 + 1,
                1..=3 => (r >> 8) as usize % 5_000 + 1,
                _ => (r >> 8) as usize % 64 + 1,
            };
            let fill = step as u8;
            let action = if live.len() > 300 { 2 } else { (r >> 40) % 4 };
            match action {
                0 | 1 => {
                    let ptr = unsafe { heap.alloc(size, 8) };
                    assert!(!ptr.is_null() && ptr as usize % 8 == 0);
                    unsafe { core::ptr::write_bytes(ptr, fill, size) };
                    live.push((ptr as usize, size, fill));
                }
                2 if !live.is_empty() => {
                    let (ptr, old, fill) = live.swap_remove((r >> 20) as usize % live.len());
                    let bytes = unsafe { core::slice::from_raw_parts(ptr as *const u8, old) };
                    assert!(bytes.iter().all(|&b| b == fill));
                    unsafe { heap.dealloc(ptr as *mut u8, old, 8) };
                }
                _ if !live.is_empty() => {
                    let i = (r >> 20) as usize % live.len();
                    let (ptr, old, fill) = live[i];
                    let moved = unsafe { heap.realloc(ptr as *mut u8, old, 8, size) };
                    assert!(!moved.is_null());
                    let bytes = unsafe { core::slice::from_raw_parts(moved, old.min(size)) };
                    assert!(bytes.iter().all(|&b| b == fill), "step {step}");
                    unsafe { core::ptr::write_bytes(moved, fill, size) };
                    live[i] = (moved as usize, size, fill);
                }
                _ => {}
            }
        }
        let mut spans: Vec<(usize, usize)> = live.iter().map(|&(p, s, _)| (p, s)).collect();
        spans.sort_unstable();
        for pair in spans.windows(2) {
            assert!(pair[0].0 + pair[0].1 <= pair[1].0, "overlap");
        }
        for &(ptr, size, fill) in &live {
            let bytes = unsafe { core::slice::from_raw_parts(ptr as *const u8, size) };
            assert!(bytes.iter().all(|&b| b == fill));
        }
    }

    #[test]
    fn a_vector_growing_at_the_top_grows_in_place_and_freed_spans_are_reused() {
        let mut heap = heap(64);
        let mut size = 100_000;
        let ptr = unsafe { heap.alloc(size, 8) };
        for _ in 0..6 {
            let grown = unsafe { heap.realloc(ptr, size, 8, size * 2) };
            assert_eq!(grown, ptr);
            size *= 2;
        }
        let peak = heap.high_water();
        unsafe { heap.dealloc(ptr, size, 8) };
        // The whole run is free again: the same memory serves a block of another size.
        let again = unsafe { heap.alloc(size - 300_000, 8) };
        assert_eq!(again, ptr);
        assert_eq!(heap.high_water(), peak);
    }

    #[test]
    fn freed_spans_merge_with_their_neighbours() {
        let mut heap = heap(8);
        let blocks: Vec<*mut u8> = (0..4).map(|_| unsafe { heap.alloc(100_000, 8) }).collect();
        let _guard = unsafe { heap.alloc(16, 8) };
        for &b in [&blocks[0], &blocks[2], &blocks[1]] {
            unsafe { heap.dealloc(b, 100_000, 8) };
        }
        // Three neighbours freed in any order make one span that holds three blocks' worth.
        let big = unsafe { heap.alloc(3 * large_len(100_000), 8) };
        assert_eq!(big, blocks[0]);
    }

    #[test]
    fn running_out_of_memory_gives_null_not_a_panic() {
        let mut heap = heap(1);
        assert!(unsafe { heap.alloc(4 << 20, 8) }.is_null());
        let small = unsafe { heap.alloc(64, 8) };
        assert!(!small.is_null());
        assert!(unsafe { heap.realloc(small, 64, 8, 4 << 20) }.is_null());
        let aligned = unsafe { heap.alloc(10, 64) };
        assert_eq!(aligned as usize % 64, 0);
    }
}
