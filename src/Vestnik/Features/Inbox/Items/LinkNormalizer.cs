namespace Vestnik.Features.Inbox.Items;

/// <summary>
/// Reduces a story URL to what identifies the story: lower-case scheme-less host without "www.", no fragment, no
/// tracking parameters (utm_*, fbclid, at_medium…), remaining parameters sorted, no trailing slash.
/// </summary>
public static class LinkNormalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "yclid", "mc_cid", "mc_eid", "igshid", "ref", "ref_src", "cmpid",
        "ito", "ns_mchannel", "ns_campaign", "ns_source", "ns_linkname", "ns_fee", "traffic_source", "smid", "partner",
        "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4", "icid", "maca", "wprss",
        "rss", "source", "feature", "kc", "s_cid", "cid", "xtor", "wt_mc", "ocid", "sr_share", "taid",
    };

    public static string Normalize(string link)
    {
        if (!Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return link.Trim().ToLowerInvariant();
        }
        var host = uri.IdnHost.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }
        var path = uri.AbsolutePath.TrimEnd('/');
        var query = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair.Split('=')[0]))
            .Order(StringComparer.Ordinal)
            .ToList();
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return host + port + path + (query.Count > 0 ? "?" + string.Join('&', query) : "");
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
}
