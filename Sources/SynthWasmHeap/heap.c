// The wasm module's sbrk, in place of wasi-libc's. dlmalloc asks sbrk for each new piece of heap,
// and wasi-libc grows the memory by exactly that much: thousands of memory.grow calls in a large
// run, each of which the host pays for (V8 re-protects the memory and detaches its ArrayBuffer,
// whose replacement the garbage collector then chases): a twelfth of a copula run on flights-like
// data. Here the memory grows by at least `STEP` bytes at a time and sbrk hands the reserve out.
// STEP is small against every run's memory, so the high-water mark the page's estimate must cover
// (`MemoryBudget`) grows by at most that.
#if defined(__wasm__)
#include <stdint.h>

#define PAGE 65536u
#define STEP (8u << 20)

static uint64_t brk_end, reserve_end;

void *sbrk(intptr_t increment) {
  if (reserve_end == 0) {
    reserve_end = (uint64_t)__builtin_wasm_memory_size(0) * PAGE;
    brk_end = reserve_end;
  }
  if (increment == 0) return (void *)(uintptr_t)brk_end;
  // dlmalloc never gives memory back on wasi (it cannot shrink a wasm memory).
  if (increment < 0) return (void *)-1;
  uint64_t want = brk_end + (uint64_t)increment;
  if (want > reserve_end) {
    uint64_t need = (want - reserve_end + PAGE - 1) / PAGE;
    uint64_t step = (need * PAGE < STEP) ? STEP / PAGE : need;
    // The larger step first; at the top of the address space, only what is needed.
    if (__builtin_wasm_memory_grow(0, (uintptr_t)step) == (uintptr_t)-1) {
      if (step == need || __builtin_wasm_memory_grow(0, (uintptr_t)need) == (uintptr_t)-1) return (void *)-1;
      step = need;
    }
    reserve_end += step * PAGE;
  }
  uint64_t old = brk_end;
  brk_end = want;
  return (void *)(uintptr_t)old;
}
#else
// Native builds use the system's allocator; this file is empty there.
typedef int synth_wasm_heap_native;
#endif
