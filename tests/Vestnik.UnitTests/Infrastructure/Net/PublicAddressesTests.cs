using System.Net;
using Vestnik.Infrastructure.Net;

namespace Vestnik.UnitTests.Infrastructure.Net;

public sealed class PublicAddressesTests
{
    [Theory]
    [InlineData("8.8.8.8", false)]
    [InlineData("93.184.216.34", false)]
    [InlineData("172.32.0.1", false)]
    [InlineData("2606:4700::1111", false)]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.1.2.3", true)]
    [InlineData("172.16.0.1", true)]
    [InlineData("192.168.1.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("198.18.0.1", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("224.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    public void IsPrivate_ShouldClassifyAddresses(string address, bool expected) =>
        Assert.Equal(expected, PublicAddresses.IsPrivate(IPAddress.Parse(address)));

    [Fact]
    public void Allowed_ShouldDropPrivateAddresses_UnlessPrivateTargetsAreAllowed()
    {
        IPAddress[] mixed = [IPAddress.Parse("10.0.0.1"), IPAddress.Parse("8.8.8.8")];

        Assert.Equal([IPAddress.Parse("8.8.8.8")], PublicAddresses.Allowed(mixed, allowPrivate: false));
        Assert.Equal(mixed, PublicAddresses.Allowed(mixed, allowPrivate: true));
    }
}
