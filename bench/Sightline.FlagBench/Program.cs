using Sightline.FlagBench;
using Sightline.FlagBench.Measure;

// The flag check at national scale (docs/benchmarks.md, "Flag check"). Verbs:
//   generate   (--sqlite FILE | --postgres CONN) [--children N --cp N --cp-ended N --lac N --lac-ended N --unborn N --attendances N --areas N --seed N --today YYYY-MM-DD]
//   verify     (--sqlite FILE | --postgres CONN) [--families N]
//   size       (--sqlite FILE | --postgres CONN)
//   inprocess  (--sqlite FILE | --postgres CONN) [--checks N --concurrency N --mode nhs|demographics --flagged-share F --unknown-share F]
//   floor      (--sqlite FILE | --postgres CONN) [--checks N --concurrency N --flagged-share F --unknown-share F]
//   audit      (--sqlite FILE | --postgres CONN) [--appends N --concurrency N]
//   parts      (--sqlite FILE | --postgres CONN) [--rounds N]
//   serve      (--sqlite FILE | --postgres CONN) --token-file FILE [--urls URL]
//   load       (--sqlite FILE | --postgres CONN) --url URL --token-file FILE [--rate N --seconds N --connections N --mode nhs|demographics --flagged-share F --unknown-share F]
//   wrk-script (--sqlite FILE | --postgres CONN) --token-file FILE --out FILE.lua [--sample N]
var parsed = new BenchArgs(args);
return parsed.Verb switch
{
    "generate" => await Generate.RunAsync(parsed),
    "verify" => await Verify.RunAsync(parsed),
    "size" => await SizeAsync(parsed),
    "inprocess" => await InProcessRun.RunAsync(parsed),
    "floor" => await FloorRun.RunAsync(parsed),
    "audit" => await AuditRun.RunAsync(parsed),
    "parts" => await PartsRun.RunAsync(parsed),
    "serve" => await Serve.RunAsync(parsed),
    "load" => await HttpLoad.RunAsync(parsed),
    "wrk-script" => await WrkScript.RunAsync(parsed),
    _ => Usage(),
};

static async Task<int> SizeAsync(BenchArgs parsed)
{
    await Generate.SizeAsync(BenchDatabase.From(parsed));
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: sightline-flagbench generate|verify|size|inprocess|floor|serve|load|wrk-script (--sqlite FILE | --postgres CONN) [options]; see Program.cs and docs/benchmarks.md");
    return 2;
}
