using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Sightline.Benchmarks.ReplayBenchmarks).Assembly).Run(args);
