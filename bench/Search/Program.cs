using Vestnik.Bench.Search;

// dotnet run -c Release --project bench/Search -- quality <BBC corpus folder, e.g. ../shared/data/corpus-en/bbc>
// dotnet run -c Release --project bench/Search -- quality-ru ../shared/data/corpus-ru-dev
// dotnet run -c Release --project bench/Search -- same-story ../shared/data/corpus-en/tgcontest-toloka
// dotnet run -c Release --project bench/Search -- quality-demo
// dotnet run -c Release --project bench/Search -- speed [article count] [folder to keep the index in]
// dotnet run -c Release --project bench/Search -- read-also-speed [article count] [folder to keep the index in]
// dotnet run -c Release --project bench/Search -- titles ../shared/data/corpus-ru-dev
var command = args.FirstOrDefault() ?? "quality";
switch (command)
{
    case "quality":
        // The labelled BBC corpus may not be redistributed, so it is never in the repository: name its folder.
        if (args.Length < 2 || !Directory.Exists(args[1]))
        {
            Console.Error.WriteLine("quality needs the labelled BBC corpus folder (one subfolder per category), e.g.:");
            Console.Error.WriteLine("  dotnet run -c Release --project bench/Search -- quality ../shared/data/corpus-en/bbc");
            return 2;
        }
        QualityBenchmark.RunBbc(args[1]);
        break;
    case "quality-ru" when args.Length > 1 && Directory.Exists(args[1]):
        QualityBenchmark.RunRussian(args[1]);
        break;
    case "same-story" when args.Length > 1 && Directory.Exists(args[1]):
        SameStoryBenchmark.Run(args[1]);
        break;
    case "quality-demo":
        QualityBenchmark.RunDemo();
        break;
    case "titles" when args.Length > 1 && Directory.Exists(args[1]):
        TitleSearchBenchmark.Run(args[1]);
        break;
    case "typos" when args.Length > 1 && Directory.Exists(args[1]):
        TypoSearchBenchmark.Run(args[1]);
        break;
    case "speed":
        SpeedBenchmark.Run(
            args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000, keptIndex: args.ElementAtOrDefault(2));
        break;
    case "read-also-speed":
        SpeedBenchmark.Run(
            args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000, searchToo: false, keptIndex: args.ElementAtOrDefault(2));
        break;
    default:
        Console.Error.WriteLine("usage: quality <BBC folder> | quality-ru <Russian corpus folder> | same-story <tgcontest-toloka folder> | quality-demo | speed [article count] [index folder] | read-also-speed [article count] [index folder] | titles <Russian corpus folder>");
        return 2;
}
return 0;
