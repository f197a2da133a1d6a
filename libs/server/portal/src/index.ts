// The portal's public face: the module and its migrations. Nothing reads the portal; it reads
// every other context through their exported services.
export { PortalModule, PORTAL_MIGRATIONS } from './portal.module';
