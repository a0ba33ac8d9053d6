using System.Reflection;

namespace Vestnik.Infrastructure.Operations.Startup;

/// <summary>
/// Turns an error that stops the app during start-up into one readable line on stderr and exit code 2, instead
/// of a stack trace: an operator needs to know which setting to fix, not where in the code it was read.
/// The full exception is printed too when the configured log level is Debug or Trace.
/// </summary>
public static class StartupFailure
{
    public const int ExitCode = 2;

    private static int _installed;
    private static bool _verbose;

    /// <summary>Installs the handler in the real app only; under a test host an exception belongs to the test.</summary>
    public static void Install(IConfiguration configuration)
    {
        if (Assembly.GetEntryAssembly() != typeof(StartupFailure).Assembly || Interlocked.Exchange(ref _installed, 1) == 1)
        {
            return;
        }
        _verbose = configuration["Logging:LogLevel:Default"] is { } level
            && (level.Equals("Debug", StringComparison.OrdinalIgnoreCase) || level.Equals("Trace", StringComparison.OrdinalIgnoreCase));
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            if (e.ExceptionObject is Exception exception)
            {
                Console.Error.WriteLine(Describe(exception));
                if (_verbose)
                {
                    Console.Error.WriteLine(exception);
                }
            }
            Environment.Exit(ExitCode);
        };
    }

    public static string Describe(Exception exception) => exception switch
    {
        ConfigurationProblemException problem => $"Vestnik cannot start: {problem.Message}",
        _ => $"Vestnik cannot start: {exception.GetType().Name}: {OneLine(exception.Message)} " +
             "(set Logging:LogLevel:Default=Debug for the full detail)",
    };

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
