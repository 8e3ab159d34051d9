using NodaTime;
using WeeklyBriefing;

// dotnet run --project samples/WeeklyBriefing [-- <data folder> [<output folder>]]
// Reads the bundled synthetic data (samples/data) and writes the report of its latest full week to ./out/.
string data = args.Length > 0 ? args[0] : BriefingSample.FindSampleData();
string output = args.Length > 1 ? args[1] : "out";
IReadOnlyList<string> written = BriefingSample.Run(data, output, SystemClock.Instance, Console.Out);
return written.Count > 0 ? 0 : 1;
