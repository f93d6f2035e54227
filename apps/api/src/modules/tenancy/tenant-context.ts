import type { FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors.ts';
import type { TenantContext } from './tenant-directory.ts';

declare module 'fastify' {
  interface FastifyRequest {
    tenantContext: TenantContext | null;
  }
}

/** The tenant resolved from the Host; routes that reach here always have one. */
export function requireTenant(request: FastifyRequest): TenantContext {
  if (!request.tenantContext) {
    throw new AppError(500, 'tenant_missing', 'Không xác định được đơn vị.');
  }
  return request.tenantContext;
}
