namespace Vestnik.Features.Comments.Spam;

/// <summary>
/// A Bernoulli-style naive Bayes spam score: for each distinct token, how much more often it appeared in spam
/// than in legitimate comments (Laplace-smoothed), combined in log space. Thread-safe: counts change under a lock.
/// </summary>
public sealed class NaiveBayes
{
    private readonly Dictionary<string, (int Spam, int Ham)> _tokens = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private int _spamDocuments;
    private int _hamDocuments;

    public int SpamDocuments => _spamDocuments;
    public int HamDocuments => _hamDocuments;

    public void SetDocuments(int spam, int ham)
    {
        lock (_lock)
        {
            _spamDocuments = spam;
            _hamDocuments = ham;
        }
    }

    public void SetToken(string token, int spam, int ham)
    {
        lock (_lock)
        {
            _tokens[token] = (spam, ham);
        }
    }

    public void Learn(IEnumerable<string> tokens, bool isSpam)
    {
        lock (_lock)
        {
            foreach (var token in tokens.Distinct(StringComparer.Ordinal))
            {
                var (spam, ham) = _tokens.GetValueOrDefault(token);
                _tokens[token] = isSpam ? (spam + 1, ham) : (spam, ham + 1);
            }
            if (isSpam)
            {
                _spamDocuments++;
            }
            else
            {
                _hamDocuments++;
            }
        }
    }

    /// <summary>Probability in [0, 1] that a text with these tokens is spam; 0.5 before any training.</summary>
    public double Score(IEnumerable<string> tokens)
    {
        lock (_lock)
        {
            if (_spamDocuments == 0 || _hamDocuments == 0)
            {
                return 0.5;
            }
            // Start from even priors: the share of spam among what moderators happened to mark says little
            // about the next comment, and it would push every unseen word towards the majority.
            var logOdds = 0.0;
            foreach (var token in tokens.Distinct(StringComparer.Ordinal))
            {
                if (!_tokens.TryGetValue(token, out var counts))
                {
                    continue;
                }
                var pSpam = (counts.Spam + 1.0) / (_spamDocuments + 2.0);
                var pHam = (counts.Ham + 1.0) / (_hamDocuments + 2.0);
                logOdds += Math.Log(pSpam / pHam);
            }
            return 1.0 / (1.0 + Math.Exp(-logOdds));
        }
    }
}
