using BenchmarkDotNet.Running;
using Sightline.Benchmarks;

// "--families N" runs the streaming whole-process benchmark (see StreamingReplay); anything else
// goes to BenchmarkDotNet.
if (args.Contains("--families"))
{
    return StreamingReplay.Run(args);
}
BenchmarkSwitcher.FromAssembly(typeof(ReplayBenchmarks).Assembly).Run(args);
return 0;
