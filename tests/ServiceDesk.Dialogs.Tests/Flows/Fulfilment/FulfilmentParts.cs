using Moq;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Flows.Fulfilment;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Dialogs.Tests.Flows.Fulfilment;

/// <summary>The approval's fulfilment hook for tests that do not look at it: its job store a bare stub.</summary>
internal static class FulfilmentParts
{
    public static AccessFulfilment None(AccessCatalogue catalogue) => new(Mock.Of<IMembershipJobStore>(), catalogue, TimeProvider.System);
}
