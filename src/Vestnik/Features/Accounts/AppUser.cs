using Microsoft.AspNetCore.Identity;

namespace Vestnik.Features.Accounts;

/// <summary>Anyone who signs in: staff of the newsroom and, later, readers who comment.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
}
