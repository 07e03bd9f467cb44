// Brings @fastify/static's reply.sendFile into FastifyReply's type.
import '@fastify/static';
