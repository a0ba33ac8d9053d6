using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Web;

namespace Vestnik.Features.Newsroom;

/// <summary>The newsroom's interface language is a per-browser choice kept in a cookie; Russian by default.</summary>
public static class NewsroomLanguage
{
    public const string CookieName = "vestnik.newsroom.lang";

    public static ContentLanguage Of(HttpContext context) =>
        context.Request.Cookies[CookieName] == "en" ? ContentLanguage.En : ContentLanguage.Ru;

    public static NewsroomText Text(HttpContext context) => NewsroomText.For(Of(context));

    /// <summary>GET /newsroom/language?to=en&amp;returnUrl=…: sets the cookie and returns to the page.</summary>
    public static IResult Switch(HttpContext context, string? to, string? returnUrl)
    {
        var code = to == "en" ? "en" : "ru";
        context.Response.Cookies.Append(CookieName, code, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(365),
            Path = "/",
        });
        return Results.LocalRedirect(SafeReturnUrl.LocalOr(returnUrl, NewsroomUrls.Home));
    }
}
