// Every endpoint the emulator serves.
import { registerAccountRoutes } from './resources/accounts';
import { registerBalanceRoutes } from './resources/balance';
import { registerPaymentRoutes } from './resources/payments';
import { registerPayoutRoutes } from './resources/payouts';
import { registerRefundRoutes } from './resources/refunds';
import { registerTransferRoutes } from './resources/transfers';
import { Router } from './router';

export function buildRouter(): Router {
  const router = new Router();
  registerAccountRoutes(router);
  registerBalanceRoutes(router);
  registerTransferRoutes(router);
  registerPayoutRoutes(router);
  registerPaymentRoutes(router);
  registerRefundRoutes(router);
  return router;
}
