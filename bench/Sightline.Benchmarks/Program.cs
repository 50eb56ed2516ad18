using BenchmarkDotNet.Running;
using Sightline.Benchmarks;

// "--families N" runs the streaming whole-process benchmark (see StreamingReplay), "--rule-costs N"
// the cost of each rule (see RuleCosts), "--intake DIR" where an import's time goes (see
// IntakeThroughput), "--pages" the server time of every page (see PageTimes); anything else goes
// to BenchmarkDotNet.
if (args.Contains("--families"))
{
    return StreamingReplay.Run(args);
}
if (args.Contains("--pages"))
{
    return await PageTimes.RunAsync(args);
}
if (args.Contains("--rule-costs"))
{
    return RuleCosts.Run(args);
}
if (args.Contains("--intake"))
{
    return await IntakeThroughput.RunAsync(args);
}
BenchmarkSwitcher.FromAssembly(typeof(ReplayBenchmarks).Assembly).Run(args);
return 0;
