import { Logger } from '@nestjs/common';
import { OnGatewayConnection, OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import { ME_SOCKET } from '@market/contracts';
import { WorkSignals, workRoom } from '@market/server/platform';
import { AccessTokens } from '@market/server/identity';

/**
 * The signed-in socket (`/me`): a browser connects with its access token and is put in the rooms
 * of its work lists (its own, its organization's, staff's). A nudge from any process reaches the
 * rooms as `todo.changed`, and the browser asks `GET /api/me/todo` again — the socket itself never
 * carries a count, so what a connection hears reveals nothing its token could not read anyway.
 */
@WebSocketGateway({ namespace: ME_SOCKET.namespace, cors: { origin: false } })
export class WorkGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger('WorkGateway');

  constructor(
    private readonly tokens: AccessTokens,
    private readonly signals: WorkSignals,
  ) {}

  afterInit(namespace: Namespace): void {
    // every API process hears every nudge over Redis and tells only its own connections (`local`),
    // so a browser hears a nudge once however many processes there are
    this.signals
      .listen((rooms) => {
        for (const room of rooms) namespace.local.to(room).emit(ME_SOCKET.todoChanged);
      })
      .catch((e: Error) => this.logger.warn(`work nudges not heard: ${e.message}`));
  }

  async handleConnection(socket: Socket): Promise<void> {
    const verified = this.tokens.verify((socket.handshake.auth as { token?: unknown } | undefined)?.token);
    if (!verified || !(await this.tokens.stillValid(verified.user))) {
      socket.disconnect(true);
      return;
    }
    const { user } = verified;
    const rooms = [workRoom({ user: user.id })];
    if (user.organizationId) rooms.push(workRoom({ organization: user.organizationId }));
    if (user.role === 'staff') rooms.push(workRoom({ staff: true }));
    await socket.join(rooms);
  }
}
