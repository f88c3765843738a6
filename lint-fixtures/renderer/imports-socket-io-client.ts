// Deliberately wrong: sockets belong to the main process.
import { io } from 'socket.io-client';
export const connect = io;
