/* Preloaded into worker processes on AMD CPUs (engine/shard.py).

   Intel's MKL, which torch's x86 builds use for matrix products, picks its
   code path by CPU vendor, not by instruction set: on AMD it runs a generic
   path. With one voice a RAVE decoder's convolutions are matrix products
   with a handful of columns, where that path is several times slower (a
   RAVE-sized decode of 2048 samples: 25.8 ms here, 8.1 ms with this file;
   benchmarks/voices.py compute). Answering MKL's vendor question with
   "Intel" makes it choose by the instruction set the CPU reports (AVX2 on
   Zen). Not a Python module: it is never imported. */
int mkl_serv_intel_cpu_true(void) { return 1; }
