using BenchmarkDotNet.Running;

// With no arguments, run everything rather than waiting at BenchmarkSwitcher's prompt.
string[] effective = args.Length == 0 ? ["--filter", "*"] : args;
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(effective);
