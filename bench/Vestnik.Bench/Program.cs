using Vestnik.Bench;

// dotnet run -c Release --project bench/Vestnik.Bench -- generate --data <folder> --articles 100000
return await BenchCommands.RunAsync(args);
