using BenchmarkDotNet.Running;

// Runs the benchmarks named on the command line (--filter '*Classifier*'); see BenchmarkDotNet's options.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
