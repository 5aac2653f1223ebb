// The wasm module's heap break (heap.c): nothing to call from Swift; linking it is enough.
#pragma once
